using Drucksachen.Core.Configuration;
using Drucksachen.Core.Deadlines;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;

namespace Drucksachen.Core.Meetings;

/// <summary>What users read of meetings, each through <see cref="MeetingAccess"/>: lists, a meeting, its documents and packets, what is due.</summary>
public sealed class ReadMeetings(IMeetingReads reads, MeetingViews views, IMeetingRenderer renderer, City city,
    DeadlineCalculator deadlines, IUserDirectory users)
{
    public async Task<UserProfile?> ViewerAsync(string? user, CancellationToken ct) => user is null ? null : await users.GetAsync(user, ct);

    /// <summary>The meetings the viewer may see.</summary>
    public Task<IReadOnlyList<Meeting>> ListAsync(MeetingQuery query, UserProfile? viewer, CancellationToken ct) =>
        reads.ListAsync(query with { Bodies = MeetingAccess.NonPublicBodies(viewer) }, ct);

    /// <summary>The day of the first meeting the viewer may see from the query's first day on, or null.</summary>
    public Task<DateOnly?> FirstDayAsync(MeetingQuery query, UserProfile? viewer, CancellationToken ct) =>
        reads.FirstDayAsync(query with { Bodies = MeetingAccess.NonPublicBodies(viewer) }, ct);

    /// <summary>The day of the last meeting the viewer may see up to the query's last day, or null.</summary>
    public Task<DateOnly?> LastDayAsync(MeetingQuery query, UserProfile? viewer, CancellationToken ct) =>
        reads.LastDayAsync(query with { Bodies = MeetingAccess.NonPublicBodies(viewer) }, ct);

    public async Task<MeetingView> ShowAsync(string numberOrId, UserProfile? viewer, CancellationToken ct)
    {
        var meeting = MeetingAccess.Require(viewer, await reads.FindAsync(numberOrId, ct), numberOrId);
        return await views.ForAsync(meeting, viewer, asPublic: false, ct);
    }

    /// <summary>The consultations due for the meeting's body, with how late each paper came for this meeting. For clerks.</summary>
    public async Task<IReadOnlyList<DueItem>> DueAsync(Meeting meeting, UserProfile viewer, CancellationToken ct)
    {
        MeetingAccess.RequireClerk(viewer);
        var due = deadlines.For(city.Body(meeting.Body), meeting.Date);
        return (await reads.DueAsync(meeting.Body, ct))
            .Select(c => (Consultation: c, Status: due?.StatusAt(c.ReleasedAt) ?? DeadlineStatus.InTime))
            .Select(c => new DueItem(c.Consultation, c.Status != DeadlineStatus.InTime, c.Status == DeadlineStatus.Late))
            .ToList();
    }

    /// <summary>What the next supplementary agenda of an invited meeting would say; null before the invitation. For clerks.</summary>
    public async Task<AgendaChanges?> PendingSupplementAsync(Meeting meeting, UserProfile viewer, CancellationToken ct)
    {
        MeetingAccess.RequireClerk(viewer);
        return meeting.IsInvited ? AgendaChanges.Since(meeting, await reads.HistoryAsync(meeting.Id, ct)) : null;
    }

    /// <summary>The meeting's history as the viewer may read it (<see cref="MeetingHistoryLine"/>), oldest first.</summary>
    public async Task<IReadOnlyList<MeetingHistoryLine>> HistoryAsync(Meeting meeting, UserProfile? viewer, CancellationToken ct)
    {
        MeetingAccess.Require(viewer, meeting, meeting.Number);
        var members = await views.MembersAsync(meeting, ct);
        return (await reads.HistoryAsync(meeting.Id, ct)).Select(e => MeetingHistoryLine.Of(e, meeting, viewer, members)).ToList();
    }

    /// <summary>The documents the viewer may have: the public versions, and the members' versions for those who see the non-public part.</summary>
    public async Task<IReadOnlyList<MeetingDocumentVersion>> DocumentsAsync(Meeting meeting, UserProfile? viewer, CancellationToken ct)
    {
        var all = await reads.DocumentsAsync(meeting.Id, ct);
        return MeetingAccess.SeesNonPublicPart(viewer, meeting.Body) ? all : all.Where(d => d.IsPublic).ToList();
    }

    public async Task<MeetingDocumentVersion> DocumentAsync(Meeting meeting, int version, UserProfile? viewer, CancellationToken ct)
    {
        var document = await reads.DocumentAsync(meeting.Id, version, ct);
        if (document is null || (!document.IsPublic && !MeetingAccess.SeesNonPublicPart(viewer, meeting.Body)))
            throw new DrucksachenException(ErrorKind.NotFound, $"meeting {meeting.Number} has no document version {version}")
                { Text = new ErrorText("no-meeting-document", meeting.Number, version.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        return document;
    }

    /// <summary>
    /// The meeting packet (Sitzungsmappe): the invitation with the agenda as it stands and the current PDF of
    /// every paper on the agenda. The public packet holds the public part only; the members' packet,
    /// for those who see the non-public part, holds everything.
    /// </summary>
    public async Task<byte[]> PacketAsync(Meeting meeting, bool members, UserProfile? viewer, CancellationToken ct)
    {
        if (members && !MeetingAccess.SeesNonPublicPart(viewer, meeting.Body)) throw MeetingAccess.NotFound(meeting.Number);
        if (meeting.State == MeetingStates.Scheduled)
            throw new DrucksachenException(ErrorKind.NotFound, $"meeting {meeting.Number} has no invitation yet: the packet follows the invitation")
                { Text = new ErrorText("no-invitation", meeting.Number) };
        var view = members ? await views.ForMembersAsync(meeting, ct) : await views.ForAsync(meeting, null, asPublic: true, ct);
        var entries = view.Agenda.Where(e => e is { PaperId: not null, Hidden: false }).ToList();
        var pdfs = await reads.NewestDocumentsAsync(entries.Select(e => e.PaperId!.Value).ToList(), ct);
        var parts = entries.Where(e => pdfs.ContainsKey(e.PaperId!.Value)).Select(e => new PacketPart(e.Number, pdfs[e.PaperId!.Value])).ToList();
        return renderer.Packet(view, parts);
    }
}
