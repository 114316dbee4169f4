using Drucksachen.Core;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Import;
using Drucksachen.Core.Papers;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli.Demo;

/// <summary>
/// Loads Drucksache 1803/22 of the city of Erfurt and replays its way as it happened in October
/// 2022: drafted by the Amt für Soziales, co-signed by the Jugendamt, released by Horn on
/// 20.10.2022 and noted by the Dienstberatung OB the same day. The committee meeting of
/// 03.11.2022 is left for the user to record.
/// </summary>
internal static class DemoData
{
    public const string PaperFile = "drucksache-1803-22.md";

    /// <summary>The demo replays on this clock; the service provider must have been built with it.</summary>
    public static ManualClock Clock { get; } = new(At(2022, 10, 12, 9));

    public static async Task<Paper> LoadAsync(IServiceProvider services, CancellationToken ct)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Demo", PaperFile);
        var imported = services.GetRequiredService<MarkdownPaperReader>().Read(await File.ReadAllTextAsync(path, ct), path);
        var papers = await services.GetRequiredService<ImportPapers>().ExecuteAsync([imported], new("mueller", "author"), ct);
        var id = papers[0].Id.ToString();
        var act = services.GetRequiredService<ActOnPaper>();

        Clock.Set(At(2022, 10, 12, 10));
        await act.ExecuteAsync(id, new ActionInput("submit", "mueller"), ct);
        Clock.Set(At(2022, 10, 14, 11));
        await act.ExecuteAsync(id, new ActionInput("cosign", "schmidt", Comment: "Mitgezeichnet für das Jugendamt"), ct);
        Clock.Set(At(2022, 10, 20, 8));
        await act.ExecuteAsync(id, new ActionInput("release", "horn"), ct);
        Clock.Set(At(2022, 10, 20, 14));
        var result = await act.ExecuteAsync(id, new ActionInput("record", "krause", Outcome: Outcome.Noted), ct);
        return result.Paper;
    }

    private static DateTimeOffset At(int year, int month, int day, int hour) =>
        new(year, month, day, hour, 0, 0, TimeSpan.FromHours(2));
}
