using System.Text.Json.Nodes;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Deadlines;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Input;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Core.Workflow;

namespace Drucksachen.Core.Meetings;

/// <summary>
/// Moves a meeting to another day, time or place (Verlegung) before its invitation. The papers on
/// its agenda go with it: each consultation takes the new day, noted in the paper's history, and
/// the deadlines that follow from it move along. A paper placed as it would no longer stand for the
/// new day (released after the new notice deadline and not marked urgent, say) is named, and nothing
/// moves. Once the invitation is out the members hold day, time and place in writing, and the
/// notice period ran against that day: the meeting is then cancelled with its reason and planned anew.
/// The number stays, so the day stays within the number's year.
/// </summary>
public sealed class RescheduleMeeting(IMeetingSessions sessions, City city, IUserDirectory users, PaperWorkflowHost host, DeadlineCalculator deadlines,
    TimeProvider clock)
{
    public async Task<Meeting> ExecuteAsync(string meeting, MeetingChange change, string user, int? expectedVersion, CancellationToken ct)
    {
        InputText.Check(change.Date, "date", InputLimits.LineChars);
        InputText.Check(change.Start, "start", InputLimits.LineChars);
        InputText.Check(change.End, "end", InputLimits.LineChars);
        InputText.Check(change.Location, "location", InputLimits.LineChars);
        await using var open = await OpenMeeting.ForClerkAsync(sessions, users, meeting, user, expectedVersion, ct);
        open.RequireOpen("moving the meeting");
        var m = open.Meeting;
        if (m.IsInvited)
            throw new DrucksachenException(ErrorKind.NotAllowed,
                $"the invitation to meeting {m.Number} is out: to move the meeting, cancel it with the reason and plan a new one")
                { Text = new ErrorText("meeting-invited-not-moved", m.Number) };

        var date = Given(change.Date) is { } day ? PaperDates.Parse(day, "date") : m.Date;
        if (date.Year != m.NumberYear)
            throw new InputException(null, null, "date",
                $"meeting {m.Number} is numbered in {m.NumberYear}: it moves within that year; for {PaperDates.German(date)} cancel it and plan a new one",
                new ErrorText("meeting-other-year", m.Number, m.NumberYear.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var start = Given(change.Start) is { } s ? MeetingTimes.Parse(s, "start") : m.Start;
        var end = Given(change.End) is { } e ? MeetingTimes.Parse(e, "end") : m.End;
        MeetingTimes.CheckEnd(start, end);
        var location = MeetingPlaces.Resolve(city, change.Location) ?? m.Location;

        var now = clock.GetStoredNow();
        var (details, previous) = (new JsonObject(), new JsonObject());
        void Changed(string key, string before, string after)
        {
            if (before == after) return;
            details[key] = after;
            previous[key] = before.Length == 0 ? null : before;
        }
        Changed("date", PaperDates.Iso(m.Date), PaperDates.Iso(date));
        Changed("start", MeetingTimes.Format(m.Start), MeetingTimes.Format(start));
        Changed("end", m.End is { } oldEnd ? MeetingTimes.Format(oldEnd) : "", end is { } newEnd ? MeetingTimes.Format(newEnd) : "");
        Changed("location", m.Location, location);
        if (details.Count == 0)
            throw new InputException(null, null, "date",
                $"meeting {m.Number} is already on {PaperDates.German(m.Date)} at {MeetingTimes.Format(m.Start)} in {m.Location}: give a new date, start, end or location",
                new ErrorText("nothing-to-move", m.Number));
        details["previous"] = previous;

        var placed = await PlacedPapersAsync(open, date, ct);
        await open.Session.BeginAsync(ct);
        foreach (var (line, paper, consultation) in placed)
            await host.NoteAgendaAsync(open.Session, paper, consultation, date, new ActorInfo(open.User.Id, open.Role), "reschedule",
                new JsonObject { ["agenda"] = m.Number, ["item"] = line.Number }, now, ct);
        m.Reschedule(date, start, end, location);
        MeetingHistoryChain.Append(open.Session, m, now, open.User.Id, open.Role, "reschedule", m.State, details);
        await open.Session.CommitAsync(ct);
        return m;
    }

    // The papers on the agenda with their consultations, each checked against the notice deadlines of the new day as it is
    // marked; none when the day stays, as then nothing of theirs changes.
    private async Task<List<(AgendaLine Line, Paper Paper, Consultation Consultation)>> PlacedPapersAsync(OpenMeeting open, DateOnly date,
        CancellationToken ct)
    {
        var m = open.Meeting;
        var placed = new List<(AgendaLine, Paper, Consultation)>();
        if (date == m.Date) return placed;
        var notice = deadlines.For(city.Body(m.Body), date);
        var late = new List<string>();
        foreach (var line in AgendaNumbering.Lines(m).Where(l => l.Item?.PaperId is not null))
        {
            var item = line.Item!;
            var paper = await open.Session.FindAsync(item.PaperId!.Value, ct)
                ?? throw new InvalidOperationException($"paper {item.PaperId} of an agenda item is missing");
            if (paper.ReleasedAt is { } released && !PlanAgenda.Fits(released, notice, item.Marking)) late.Add($"{line.Number} ({paper.Reference})");
            placed.Add((line, paper, paper.Consultations.First(c => c.Id == item.ConsultationId)));
        }
        if (late.Count > 0)
            throw new DrucksachenException(ErrorKind.NotAllowed,
                $"for {PaperDates.German(date)} the notice deadline has passed for {string.Join(", ", late)}: take them off the agenda and place them again as urgent or table papers, then move the meeting")
                { Text = new ErrorText("moved-papers-late", PaperDates.German(date), string.Join(", ", late)) };
        return placed;
    }

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
