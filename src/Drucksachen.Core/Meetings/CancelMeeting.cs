using System.Text.Json.Nodes;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Input;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;

namespace Drucksachen.Core.Meetings;

/// <summary>
/// Cancels a meeting with its reason. The papers on its agenda are taken off it, each noted in
/// its history, and are due again for the body's next meeting.
/// </summary>
public sealed class CancelMeeting(IMeetingSessions sessions, IUserDirectory users, PlanAgenda agenda, TimeProvider clock)
{
    public async Task<Meeting> ExecuteAsync(string meeting, string reason, string user, int? expectedVersion, CancellationToken ct)
    {
        InputText.Check(reason, "reason", InputLimits.TextChars, multiline: true);
        if (string.IsNullOrWhiteSpace(reason))
            throw new InputException(null, null, "reason", "a cancellation needs its reason", new ErrorText("required"));
        await using var open = await OpenMeeting.ForClerkAsync(sessions, users, meeting, user, expectedVersion, ct);
        open.RequireOpen("cancelling");
        var m = open.Meeting;
        if (m.Items.Any(i => i.IsRecorded))
            throw new DrucksachenException(ErrorKind.NotAllowed, $"meeting {m.Number} has recorded outcomes: it took place and cannot be cancelled")
                { Text = new ErrorText("meeting-has-outcomes", m.Number) };

        var now = clock.GetStoredNow();
        await open.Session.BeginAsync(ct);
        var removed = new JsonArray();
        foreach (var line in AgendaNumbering.Lines(m).Where(l => l.Item?.PaperId is not null).ToList())
        {
            await agenda.UnscheduleAsync(open, line.Item!.PaperId!.Value, line.Item.ConsultationId!.Value, line.Number, now, ct);
            removed.Add(line.Number);
            m.Remove(line.Item);
        }
        var from = m.State;
        m.Cancel(reason.Trim());
        MeetingHistoryChain.Append(open.Session, m, now, open.User.Id, open.Role, "cancel", from, new JsonObject { ["reason"] = m.CancelReason, ["removed"] = removed });
        await open.Session.CommitAsync(ct);
        return m;
    }
}
