using Drucksachen.Core;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Import;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Core.Demo;

/// <summary>
/// Loads Drucksache 1803/22 of the city of Erfurt and replays its way as it happened in October
/// 2022: drafted by the Amt für Soziales, co-signed by the Jugendamt, released by Horn on
/// 20.10.2022 and noted by the Dienstberatung OB the same day; the committee meeting of
/// 03.11.2022 (SAG/001/2022) planned by the clerk Krause, the paper placed on its agenda and the
/// invitation sent in time on 28.10.2022. Recording that meeting is left for the user.
/// </summary>
public static class DemoData
{
    public const string PaperFile = "drucksache-1803-22.md";
    public const string Number = "1803/22";

    /// <summary>
    /// A new clock at the start of the replay. The demo replays on it, so the service provider must
    /// have been built with it; one clock per load, so loads in one process do not move each other's time.
    /// </summary>
    public static ManualClock NewClock() => new(At(2022, 10, 12, 9));

    /// <summary>Loads the demo paper unless it is there already (so `init --demo` can run again).</summary>
    public static async Task<Paper> LoadAsync(IServiceProvider services, CancellationToken ct)
    {
        if (await services.GetRequiredService<IPaperReads>().FindAsync(Number, ct) is { } loaded) return loaded;
        var clock = services.GetRequiredService<TimeProvider>() as ManualClock
            ?? throw new InvalidOperationException("the demo replays on its own clock: build the services with DemoData.NewClock()");
        var path = Path.Combine(AppContext.BaseDirectory, "Demo", PaperFile);
        var imported = services.GetRequiredService<MarkdownPaperReader>().Read(await File.ReadAllTextAsync(path, ct), path);
        var papers = await services.GetRequiredService<ImportPapers>().ExecuteAsync([imported], new("mueller", "author"), ct);
        var id = papers[0].Id.ToString();
        var act = services.GetRequiredService<ActOnPaper>();

        clock.Set(At(2022, 10, 12, 9, 30));
        var meeting = await services.GetRequiredService<CreateMeeting>().ExecuteAsync(new MeetingInput("sag", "2022-11-03", Clerk), ct);

        clock.Set(At(2022, 10, 12, 10));
        await act.ExecuteAsync(id, new ActionInput("submit", "mueller"), ct);
        clock.Set(At(2022, 10, 14, 11));
        await act.ExecuteAsync(id, new ActionInput("cosign", "schmidt", Comment: "Mitgezeichnet für das Jugendamt"), ct);
        clock.Set(At(2022, 10, 20, 8));
        await act.ExecuteAsync(id, new ActionInput("release", "horn"), ct);
        clock.Set(At(2022, 10, 20, 14));
        await act.ExecuteAsync(id, new ActionInput("record", Clerk, Outcome: Outcome.Noted), ct);
        clock.Set(At(2022, 10, 21, 9));
        await services.GetRequiredService<PlanAgenda>().ScheduleAsync(meeting.Number, Number, Clerk, ItemMarking.None, null, ct);
        clock.Set(At(2022, 10, 28, 10));
        await services.GetRequiredService<InviteToMeeting>().ExecuteAsync(meeting.Number, Clerk, urgent: false, null, ct);
        return await services.GetRequiredService<IPaperReads>().FindAsync(Number, ct) ?? throw new InvalidOperationException("the demo paper vanished");
    }

    private const string Clerk = "krause";

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(2));
}
