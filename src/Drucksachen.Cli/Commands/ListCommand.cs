using System.CommandLine;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Reading;
using Drucksachen.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli.Commands;

internal static class ListCommand
{
    public const int MaxTake = 10_000;

    public static Command Create()
    {
        var type = new Option<string?>("--type") { Description = "Only papers of this type" };
        var state = new Option<string?>("--state") { Description = "Only papers in this workflow state, e.g. draft, consultation, done" };
        var year = new Option<int?>("--year") { Description = "Only papers numbered in this year" };
        var skip = new Option<int>("--skip") { Description = "Skip this many papers", DefaultValueFactory = _ => 0 };
        var take = new Option<int>("--take") { Description = "Show at most this many papers", DefaultValueFactory = _ => 100 };
        var command = new Command("list", "List papers, newest number first") { type, state, year, skip, take };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            if (parsed.GetValue(skip) < 0) throw new InputException(null, null, "--skip", $"{parsed.GetValue(skip)} is not a count of papers (0 or more)");
            if (parsed.GetValue(take) is < 1 or > MaxTake)
                throw new InputException(null, null, "--take", $"{parsed.GetValue(take)} is not between 1 and {MaxTake}");
            var query = new PaperQuery(parsed.GetValue(type), parsed.GetValue(state), parsed.GetValue(year), parsed.GetValue(skip), parsed.GetValue(take));
            var papers = await services.GetRequiredService<ReadPapers>().ListAsync(query, ct);
            output.Write(papers.Select(PaperModels.ToSummary).ToList(), text =>
            {
                foreach (var p in papers)
                    text.WriteLine($"{p.Reference,-10} {p.Type,-20} {p.State,-13} {(p.IsPublic ? "öffentlich" : "nicht öffentlich"),-17} {p.Title}");
                if (papers.Count == 0) text.WriteLine("no papers");
            });
            return ExitCodes.Ok;
        }));
        return command;
    }
}
