using System.CommandLine;
using System.Globalization;
using Drucksachen.Core.Deadlines;
using Drucksachen.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli.Commands;

internal static class TickCommand
{
    /// <summary>How far --now may lie ahead of the clock: two machines' clocks differ by that much.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    public static Command Create()
    {
        var now = new Option<string?>("--now") { Description = "Process as of this moment (ISO 8601, e.g. 2022-10-30T08:00:00+01:00) instead of the clock" };
        var command = new Command("tick", "Record what fell due: missed release deadlines (urgent, late)") { now };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var clock = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var at = parsed.GetValue(now) is { } text
                ? DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
                    ? t
                    : throw new Core.Errors.InputException(null, null, "--now", $"'{text}' is not a moment (use ISO 8601, e.g. 2022-10-30T08:00:00+01:00)")
                : clock;
            // Going back is replaying what fell due then; going ahead would record deadlines as missed
            // that are not due yet, with history entries dated in the future.
            if (at > clock + FutureTolerance)
                throw new Core.Errors.InputException(null, null, "--now",
                    $"{at:O} lies ahead of the clock ({clock:O}); tick processes only what has fallen due");
            var entries = await services.GetRequiredService<TickDeadlines>().ExecuteAsync(at, ct);
            var store = services.GetRequiredService<IPaperReads>();
            var references = new Dictionary<Guid, string>();
            foreach (var id in entries.Select(e => e.PaperId).Distinct())
                references[id] = (await store.FindAsync(id.ToString(), ct))?.Reference ?? id.ToString("N");
            output.Write(entries.Select(e => new { paper = references[e.PaperId], entry = PaperModels.ToModel(e) }).ToList(), w =>
            {
                foreach (var e in entries) w.WriteLine($"{references[e.PaperId]}: {e.Action} in {e.ToState}  {e.Details}");
                w.WriteLine($"{entries.Count} due item(s) processed as of {at:O}");
            });
            return ExitCodes.Ok;
        }));
        return command;
    }
}
