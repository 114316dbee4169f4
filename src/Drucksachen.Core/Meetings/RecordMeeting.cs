using System.Text.Json.Nodes;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Input;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Plausibility;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Core.Workflow;
using Drucksachen.Workflows.Definitions;

namespace Drucksachen.Core.Meetings;

/// <summary>
/// Records what a meeting did: who attended, and per item the outcome, vote, resolution text and a
/// note. A paper's outcome is its workflow's record action, with the same rules and the same
/// history entry as recorded on the paper, in one transaction with the meeting's entry.
/// </summary>
public sealed class RecordMeeting(IMeetingSessions sessions, IMeetingReads reads, IUserDirectory users, MeetingViews views, ActOnPaper act,
    PaperWorkflowHost host, PlausibilityRules plausibility, TimeProvider clock)
{
    // Outcomes that adopt a text: the proposal, unless the clerk gives the text as adopted.
    private static readonly string[] AdoptingOutcomes = [Outcome.Approved, Outcome.ApprovedWithChanges, Outcome.Recommended];

    public async Task<Meeting> AttendAsync(string meeting, IReadOnlyCollection<string> present, IReadOnlyCollection<string> excused, string user,
        int? expectedVersion, CancellationToken ct)
    {
        await using var open = await OpenMeeting.ForClerkAsync(sessions, users, meeting, user, expectedVersion, ct);
        var m = RequireInvited(open);
        plausibility.RequireMeetingHeld(m.Date);
        var members = await views.MembersAsync(m, ct);
        foreach (var (field, ids) in new[] { ("present", present), ("excused", excused) })
            if (ids.FirstOrDefault(id => members.All(x => !string.Equals(x.Member, id, StringComparison.OrdinalIgnoreCase))) is { } stranger)
                throw new InputException(null, null, field, $"'{stranger}' is not a member of the body (members: {string.Join(", ", members.Select(x => x.Member))})",
                    new ErrorText("not-a-member", stranger));
        if (present.Intersect(excused, StringComparer.OrdinalIgnoreCase).FirstOrDefault() is { } both)
            throw new InputException(null, null, "excused", $"'{both}' cannot be present and excused", new ErrorText("present-and-excused", both));

        m.SetAttendance(members.Select(x => new Attendance(x.Member,
            present.Contains(x.Member, StringComparer.OrdinalIgnoreCase) ? AttendanceStatus.Present
            : excused.Contains(x.Member, StringComparer.OrdinalIgnoreCase) ? AttendanceStatus.Excused
            : AttendanceStatus.Absent)));
        var now = clock.GetStoredNow();
        await open.Session.BeginAsync(ct);
        MeetingHistoryChain.Append(open.Session, m, now, open.User.Id, open.Role, "attend", m.State, new JsonObject
        {
            ["present"] = new JsonArray(m.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => (JsonNode)a.Member).ToArray()),
            ["excused"] = new JsonArray(m.Attendance.Where(a => a.Status == AttendanceStatus.Excused).Select(a => (JsonNode)a.Member).ToArray()),
        });
        await open.Session.CommitAsync(ct);
        return m;
    }

    public async Task<AgendaLine> RecordAsync(string meeting, string number, ItemRecord record, string user, int? expectedVersion, CancellationToken ct)
    {
        InputText.Check(record.Resolution, "resolution", InputLimits.TextChars, multiline: true);
        InputText.Check(record.Note, "note", InputLimits.TextChars, multiline: true);
        await using var open = await OpenMeeting.ForClerkAsync(sessions, users, meeting, user, expectedVersion, ct);
        var m = RequireInvited(open);
        plausibility.RequireMeetingHeld(m.Date);
        var item = PlanAgenda.Item(m, number);
        if (item.IsRecorded)
            throw new DrucksachenException(ErrorKind.NotAllowed, $"{number} of meeting {m.Number} is recorded already")
                { Text = new ErrorText("item-recorded", number) };
        var now = clock.GetStoredNow();
        var details = new JsonObject { ["item"] = number };
        if (item.PaperId is { } paperId)
        {
            var paper = await open.Session.FindAsync(paperId, ct) ?? throw new InvalidOperationException($"paper {paperId} of an agenda item is missing");
            var resolution = Resolution(paper, record, number);
            var input = new ActionInput(await RecordActionAsync(paper, ct), open.User.Id, record.Outcome, PaperDates.Iso(m.Date), record.Vote,
                record.Note, record.Body, record.NextDate ?? await NextMeetingAsync(m, record, ct));
            ActOnPaper.CheckText(input);
            var vote = input.Vote is null ? null : Vote.Parse(input.Vote);
            var entries = await act.ActAsync(open.Session, paper, open.User, input, vote, item.ConsultationId, ct);
            item.Record(record.Outcome, vote?.ToString(), resolution, record.Note);
            details["paper"] = paper.Reference;
            details["outcome"] = record.Outcome;
            details["paperEntry"] = entries[^1].Sequence;
            if (vote is not null) details["vote"] = vote.ToString();
            if (resolution is not null) details["resolution"] = resolution;
        }
        else
        {
            if (record.Outcome is not null || record.NextDate is not null || record.Body is not null)
                throw new InputException(null, null, "outcome", $"{number} is no paper: it takes a note, a resolution and a vote, no outcome",
                    new ErrorText("item-takes-no-outcome", number));
            var vote = record.Vote is null ? null : Vote.Parse(record.Vote);
            item.Record(null, vote?.ToString(), Trimmed(record.Resolution), Trimmed(record.Note));
            await open.Session.BeginAsync(ct);
        }
        if (record.Note is not null) details["note"] = record.Note;
        MeetingHistoryChain.Append(open.Session, m, now, open.User.Id, open.Role, "record", m.State, details);
        await open.Session.CommitAsync(ct);
        return AgendaNumbering.LineOf(m, item);
    }

    private static Meeting RequireInvited(OpenMeeting open)
    {
        open.RequireOpen("recording");
        if (!open.Meeting.IsInvited)
            throw new DrucksachenException(ErrorKind.NotAllowed, $"meeting {open.Meeting.Number} has not been invited to: invite first, then record")
                { Text = new ErrorText("meeting-not-invited", open.Meeting.Number) };
        return open.Meeting;
    }

    // The adopted text: the proposal unless changed; "approved with changes" needs the changed text.
    private static string? Resolution(Paper paper, ItemRecord record, string number)
    {
        var given = Trimmed(record.Resolution);
        var proposed = paper.Sections.GetValueOrDefault("beschlussvorschlag")?.Trim();
        if (record.Outcome == Outcome.ApprovedWithChanges && (given is null || given == proposed))
            throw new InputException(null, null, "resolution", $"{number}: approved with changes needs the resolution as changed",
                new ErrorText("resolution-changed-required", number));
        return given ?? (record.Outcome is { } adopted && AdoptingOutcomes.Contains(adopted) ? proposed : null);
    }

    private async Task<string> RecordActionAsync(Paper paper, CancellationToken ct)
    {
        var definition = await host.DefinitionAsync(paper, ct);
        return definition.States.GetValueOrDefault(paper.State) is SequenceState sequence
            ? sequence.Record.Name
            : throw new DrucksachenException(ErrorKind.NotAllowed, $"Drucksache {paper.Reference} is not in consultation (state {paper.State})")
                { Text = new ErrorText("paper-not-in-consultation", paper.Reference) };
    }

    // A deferred paper goes to the body's next meeting when one is planned.
    private async Task<string?> NextMeetingAsync(Meeting meeting, ItemRecord record, CancellationToken ct) =>
        record.Outcome == Outcome.Deferred && await reads.NextAsync(meeting.Body, meeting.Date, ct) is { } next ? PaperDates.Iso(next.Date) : null;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
