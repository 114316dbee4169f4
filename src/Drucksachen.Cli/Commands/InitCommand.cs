using System.CommandLine;
using Drucksachen.Core.Demo;
using Drucksachen.Core.Configuration;
using Drucksachen.Persistence;
using Drucksachen.Workflows.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli.Commands;

internal static class InitCommand
{
    public static Command Create()
    {
        var demo = new Option<bool>("--demo") { Description = "Also load Drucksache 1803/22 of Erfurt as demo data" };
        var command = new Command("init", "Create or update the database and load the workflow definitions") { demo };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, parsed.GetValue(demo) ? DemoData.NewClock() : null, ct, async (services, output) =>
        {
            var city = services.GetRequiredService<City>();
            var database = services.GetRequiredService<DatabaseLocation>();
            var catalog = services.GetRequiredService<WorkflowCatalog>();
            var workflows = new List<string>();
            foreach (var type in city.PaperTypes)
            {
                var definition = await catalog.GetLatestAsync(type.Workflow ?? type.Name, ct);
                workflows.Add($"{definition.Name} v{definition.Version}");
            }
            var paper = parsed.GetValue(demo) ? await DemoData.LoadAsync(services, ct) : null;
            output.Write(new { city = city.Name, database = database.Description, bodies = city.Bodies.Select(b => b.Name), workflows, demo = paper is null ? null : PaperModels.ToSummary(paper) }, text =>
            {
                text.WriteLine($"{city.Name}: database ready ({database.Description}).");
                text.WriteLine($"Workflows: {string.Join(", ", workflows)}");
                text.WriteLine($"Bodies: {string.Join("; ", city.Bodies.Select(b => b.NoticeDays is { } n ? $"{b.Name} ({n} Tage Ladungsfrist)" : b.Name))}");
                if (paper is not null)
                {
                    text.WriteLine($"Demo: Drucksache {paper.Reference} loaded ({paper.State}).");
                    text.WriteLine($"  Try: drucksachen show {paper.Reference}");
                    text.WriteLine($"       drucksachen act {paper.Reference} record --outcome noted --as krause");
                }
            });
            return ExitCodes.Ok;
        }));
        return command;
    }
}
