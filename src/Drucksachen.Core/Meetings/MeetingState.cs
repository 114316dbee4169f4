using System.Globalization;
using Drucksachen.Core.History;

namespace Drucksachen.Core.Meetings;

/// <summary>The commitment a meeting's history entry makes to the meeting after it, as <see cref="PaperState"/> for papers.</summary>
public static class MeetingState
{
    // Append only (a new format version otherwise): a stored commitment lists its digests in this order.
    private static readonly StateCommitment<Meeting> Commitment = new("1:",
    [
        ("number", m => [m.Body, m.Number, Int(m.NumberYear), Int(m.NumberSequence)]),
        ("date, time and place", m => [Papers.PaperDates.Iso(m.Date), MeetingTimes.Format(m.Start), m.End is { } end ? MeetingTimes.Format(end) : null, m.Location, m.IsPublic ? "1" : "0"]),
        ("state", m => [m.State, m.CancelReason, m.InvitedUrgently ? "1" : "0", Int(m.Supplements)]),
        ("agenda", m => m.Items.OrderBy(i => i.IsPublic ? 0 : 1).ThenBy(i => i.Position).SelectMany(i => new[]
        {
            i.Id.ToString("N"), i.IsPublic ? "1" : "0", Int(i.Position), i.Kind.ToString(), i.Title, i.PaperId?.ToString("N"),
            i.ConsultationId?.ToString("N"), i.Group, i.Marking.ToString(), Int(i.Supplement),
            i.Outcome, i.Vote, i.ResolutionText, i.Note,
        })),
        ("attendance", m => m.Attendance.OrderBy(a => a.Member, StringComparer.Ordinal).SelectMany(a => new[] { a.Member, a.Status.ToString() })),
    ]);

    public static string Of(Meeting meeting) => Commitment.Of(meeting);

    public static IReadOnlyList<string> Differences(Meeting meeting, string recorded) => Commitment.Differences(meeting, recorded);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
