using System.Text.Json.Nodes;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Deadlines;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;

namespace Drucksachen.Core.Meetings;

/// <summary>
/// Sends the invitation with the agenda, which freezes it: a later change to the agenda goes out
/// as a supplementary agenda (Nachtrag), sent the same way. The body's notice period is checked
/// against the meeting day as a paper's release is (ThürKO § 35: 4 full days); a late invitation is
/// refused unless marked urgent, and the invitation then says so. A supplement goes out once the agenda changed
/// (<see cref="AgendaChanges"/>), and says what changed.
/// </summary>
public sealed class InviteToMeeting(IMeetingSessions sessions, IMeetingReads reads, City city, IUserDirectory users, DeadlineCalculator deadlines,
    MeetingDocumentWriter documents, TimeProvider clock)
{
    public async Task<Meeting> ExecuteAsync(string meeting, string user, bool urgent, int? expectedVersion, CancellationToken ct)
    {
        await using var open = await OpenMeeting.ForClerkAsync(sessions, users, meeting, user, expectedVersion, ct);
        open.RequireOpen("an invitation");
        var m = open.Meeting;
        var supplement = m.IsInvited ? AgendaChanges.Since(m, await reads.HistoryAsync(m.Id, ct)) : null;
        if (supplement is { Any: false })
            throw new DrucksachenException(ErrorKind.NotAllowed, $"meeting {m.Number} is invited and its agenda has not changed since: there is nothing to send")
                { Text = new ErrorText("nothing-to-send", m.Number) };
        var now = clock.GetStoredNow();
        CheckNotice(m, now, urgent);

        var from = m.State;
        m.Invite(urgent);
        await open.Session.BeginAsync(ct);
        var details = new JsonObject { ["urgent"] = urgent };
        if (supplement is not null)
        {
            details["supplement"] = supplement.Supplement;
            details["withdrawn"] = new JsonArray(supplement.Withdrawn.Select(w => (JsonNode)w.Number).ToArray());
            details["renumbered"] = supplement.Renumbered;
        }
        AgendaChanges.RecordSent(m, details);
        await documents.WriteInvitationAsync(open.Session, m, supplement, now, details, ct);
        MeetingHistoryChain.Append(open.Session, m, now, open.User.Id, open.Role, supplement is null ? "invite" : "supplement", from, details);
        await open.Session.CommitAsync(ct);
        return m;
    }

    private void CheckNotice(Meeting meeting, DateTimeOffset now, bool urgent)
    {
        var day = city.DayOf(now);
        if (day > meeting.Date)
            throw new DrucksachenException(ErrorKind.NotAllowed, $"meeting {meeting.Number} of {PaperDates.German(meeting.Date)} is past: no invitation goes out for it")
                { Text = new ErrorText("meeting-past", meeting.Number, PaperDates.German(meeting.Date)) };
        if (deadlines.For(city.Body(meeting.Body), meeting.Date) is not { } due) return;
        var status = due.StatusAt(now);
        if (status == DeadlineStatus.InTime) return;
        if (status == DeadlineStatus.Late)
        {
            var urgentDay = PaperDates.German(city.DayOf(due.Urgent!.Value.AddDays(-1)));
            throw new DrucksachenException(ErrorKind.NotAllowed,
                $"the invitation to meeting {meeting.Number} is too late even for an urgent one: it had to go out by {urgentDay}")
                { Text = new ErrorText("invitation-too-late", meeting.Number, urgentDay) };
        }
        var lastDay = PaperDates.German(city.DayOf(due.Regular.AddDays(-1)));
        if (!urgent)
            throw new DrucksachenException(ErrorKind.NotAllowed,
                $"the notice period of meeting {meeting.Number} has passed: the invitation had to go out by {lastDay}; send it marked urgent if the matter cannot wait")
                { Text = new ErrorText("invitation-late", meeting.Number, lastDay) };
    }
}
