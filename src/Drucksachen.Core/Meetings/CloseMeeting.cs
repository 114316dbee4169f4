using System.Text.Json.Nodes;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Plausibility;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;

namespace Drucksachen.Core.Meetings;

/// <summary>
/// Closes a held meeting: once attendance and every paper's outcome are recorded, renders the
/// minutes (Niederschrift) in their public and members' version and sets the meeting to held. The clerk who
/// closes the meeting took the minutes (Schriftführung) and signs them with the chair.
/// </summary>
public sealed class CloseMeeting(IMeetingSessions sessions, IUserDirectory users, MeetingDocumentWriter documents, PlausibilityRules plausibility,
    TimeProvider clock)
{
    public async Task<Meeting> ExecuteAsync(string meeting, string user, string? end, int? expectedVersion, CancellationToken ct)
    {
        TimeOnly? endTime = end is null ? null : MeetingTimes.Parse(end, "end");
        await using var open = await OpenMeeting.ForClerkAsync(sessions, users, meeting, user, expectedVersion, ct);
        open.RequireOpen("closing");
        var m = open.Meeting;
        if (!m.IsInvited)
            throw new DrucksachenException(ErrorKind.NotAllowed, $"meeting {m.Number} has not been invited to: it cannot have been held")
                { Text = new ErrorText("meeting-not-invited", m.Number) };
        plausibility.RequireMeetingHeld(m.Date);
        if (m.Attendance.Count == 0)
            throw new DrucksachenException(ErrorKind.NotAllowed, $"meeting {m.Number}: record the attendance before closing")
                { Text = new ErrorText("attendance-missing", m.Number) };
        var unrecorded = AgendaNumbering.Lines(m).Where(l => l.Item is { Kind: AgendaItemKind.Paper, Outcome: null }).Select(l => l.Number).ToList();
        if (unrecorded.Count > 0)
            throw new DrucksachenException(ErrorKind.NotAllowed, $"meeting {m.Number}: {string.Join(", ", unrecorded)} {(unrecorded.Count == 1 ? "has" : "have")} no outcome yet (record e.g. deferred)")
                { Text = new ErrorText("items-without-outcome", string.Join(", ", unrecorded)) };
        if (endTime <= m.Start)
            throw new InputException(null, null, "end", $"the end {end} is not after the start {MeetingTimes.Format(m.Start)}",
                new ErrorText("end-before-start", end!, MeetingTimes.Format(m.Start)));

        var now = clock.GetStoredNow();
        var from = m.State;
        m.Close(endTime);
        await open.Session.BeginAsync(ct);
        var details = new JsonObject();
        if (endTime is { } e) details["end"] = MeetingTimes.Format(e);
        await documents.WriteMinutesAsync(open.Session, m, open.User.Name, now, details, ct);
        MeetingHistoryChain.Append(open.Session, m, now, open.User.Id, open.Role, "close", from, details);
        await open.Session.CommitAsync(ct);
        return m;
    }
}
