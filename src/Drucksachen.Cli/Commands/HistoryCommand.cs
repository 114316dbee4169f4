using System.CommandLine;
using Drucksachen.Core.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli.Commands;

internal static class HistoryCommand
{
    public static Command Create()
    {
        var paper = new Argument<string>("ID|NUMBER") { Description = "The paper's number (1803/22) or id" };
        var command = new Command("history", "Show a paper's full status history") { paper };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var (p, entries) = await services.GetRequiredService<ReadPapers>().HistoryAsync(parsed.GetValue(paper)!, ct);
            output.Write(entries.Select(PaperModels.ToModel).ToList(), text =>
            {
                text.WriteLine($"{p.Type} {p.Reference}: {p.Title}");
                foreach (var e in entries)
                    text.WriteLine($"{e.Sequence,3}  {e.At:yyyy-MM-dd HH:mm:ss}Z  {e.Actor} ({e.Role})  {e.Action}  {e.FromState ?? "–"} → {e.ToState}  {e.Details}");
            });
            return ExitCodes.Ok;
        }));
        return command;
    }
}
