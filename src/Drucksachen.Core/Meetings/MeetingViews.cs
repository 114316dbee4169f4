using Drucksachen.Core.Configuration;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;

namespace Drucksachen.Core.Meetings;

/// <summary>Builds what a viewer sees of a meeting; the one place that decides what of the non-public part shows.</summary>
public sealed class MeetingViews(City city, IMeetingReads reads, IUserDirectory users)
{
    private const string ProposedResolutionSection = "beschlussvorschlag";

    /// <summary>The meeting as <paramref name="viewer"/> sees it, or as the public does with <paramref name="asPublic"/>.</summary>
    public async Task<MeetingView> ForAsync(Meeting meeting, UserProfile? viewer, bool asPublic, CancellationToken ct)
    {
        var showsNonPublic = !asPublic && MeetingAccess.SeesNonPublicPart(viewer, meeting.Body);
        return await BuildAsync(meeting, showsNonPublic, ct);
    }

    private async Task<MeetingView> BuildAsync(Meeting meeting, bool showsNonPublic, CancellationToken ct)
    {
        var paperIds = meeting.Items.Where(i => i.PaperId is not null && (i.IsPublic || showsNonPublic)).Select(i => i.PaperId!.Value).ToList();
        return Build(meeting, showsNonPublic, await reads.PapersAsync(paperIds, ct), await MembersAsync(meeting, ct));
    }

    /// <summary>
    /// The editions a meeting document is written in, from one read of the papers and members: the
    /// members' one, and the public one unless the meeting has no public part; with the items
    /// <paramref name="withdrawn"/> (taken off the agenda) as each edition may show them.
    /// </summary>
    public async Task<(MeetingView? Public, MeetingView Members)> EditionsAsync(Meeting meeting, IReadOnlyList<SentItem> withdrawn,
        CancellationToken ct)
    {
        var paperIds = meeting.Items.Select(i => i.PaperId).Concat(withdrawn.Select(w => w.PaperId)).OfType<Guid>().ToList();
        var papers = await reads.PapersAsync(paperIds, ct);
        var members = await MembersAsync(meeting, ct);
        MeetingView Edition(bool showsNonPublic) => Build(meeting, showsNonPublic, papers, members) with
        {
            Withdrawn = withdrawn.Select(w => Entry(w, showsNonPublic, papers)).ToList(),
        };
        return (meeting.IsPublic ? Edition(false) : null, Edition(true));
    }

    // Entry shows of a paper only what the edition may, so the papers given may include hidden ones.
    private MeetingView Build(Meeting meeting, bool showsNonPublic, IReadOnlyDictionary<Guid, Paper> papers, IReadOnlyList<AttendanceEntry> members)
    {
        var body = city.FindBody(meeting.Body);
        var quorum = body?.Quorum ?? members.Count / 2 + 1;
        return new MeetingView(meeting, body?.Name ?? meeting.Body, city.Name, showsNonPublic,
            AgendaNumbering.Lines(meeting).Select(l => Entry(l, showsNonPublic, papers)).ToList(), members, quorum);
    }

    /// <summary>
    /// The agendas of many meetings as the public sees them, by meeting id, with the papers read at once;
    /// a meeting the public may not see at all has none.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<AgendaEntry>>> PublicAgendasAsync(IReadOnlyList<Meeting> meetings, CancellationToken ct)
    {
        var visible = meetings.Where(m => MeetingAccess.CanSee(null, m)).ToList();
        var paperIds = visible.SelectMany(m => m.Items).Where(i => i is { IsPublic: true, PaperId: not null }).Select(i => i.PaperId!.Value).Distinct().ToList();
        var papers = await reads.PapersAsync(paperIds, ct);
        return visible.ToDictionary(m => m.Id, m => (IReadOnlyList<AgendaEntry>)AgendaNumbering.Lines(m).Select(l => Entry(l, false, papers)).ToList());
    }

    /// <summary>The meeting with its non-public part, as the body's members get it.</summary>
    public async Task<MeetingView> ForMembersAsync(Meeting meeting, CancellationToken ct) => await BuildAsync(meeting, true, ct);

    /// <summary>The body's members (users who sit on it), with the attendance recorded for the meeting.</summary>
    public async Task<IReadOnlyList<AttendanceEntry>> MembersAsync(Meeting meeting, CancellationToken ct)
    {
        var all = await users.ListAsync(ct);
        return all.Where(u => u.Has(UserRoles.Council) && u.Bodies.Contains(meeting.Body, StringComparer.OrdinalIgnoreCase))
            .Select(u => new AttendanceEntry(u.Id, u.Name, meeting.Attendance.FirstOrDefault(a => a.Member == u.Id)?.Status))
            .Concat(meeting.Attendance.Where(a => !all.Any(u => u.Id == a.Member)).Select(a => new AttendanceEntry(a.Member, a.Member, a.Status)))
            .OrderBy(m => m.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    // An item taken off the agenda names no outcome; a non-public one shows as hidden as one still on it.
    private static AgendaEntry Entry(SentItem item, bool showsNonPublic, IReadOnlyDictionary<Guid, Paper> papers)
    {
        if (!item.IsPublic && !showsNonPublic)
            return new AgendaEntry(item.Number, false, false, true, "nichtöffentlich", item.Id, null, null, null, null, null,
                ItemMarking.None, 0, null, null, null, null, null);
        var paper = item.PaperId is { } id ? papers.GetValueOrDefault(id) : null;
        return new AgendaEntry(item.Number, item.IsPublic, false, false, paper?.Title ?? item.Title ?? "", item.Id, null, paper?.Id,
            paper?.Reference, paper?.Type, null, ItemMarking.None, 0, null, null, null, null, null);
    }

    private static AgendaEntry Entry(AgendaLine line, bool showsNonPublic, IReadOnlyDictionary<Guid, Paper> papers)
    {
        if (line.Item is not { } item)
            return new AgendaEntry(line.Number, line.IsPublic, true, !line.IsPublic && !showsNonPublic,
                line.IsPublic || showsNonPublic ? line.Heading! : "nichtöffentlich",
                null, null, null, null, null, null, ItemMarking.None, 0, null, null, null, null, null);
        if (!item.IsPublic && !showsNonPublic)
            return new AgendaEntry(line.Number, false, false, true, "nichtöffentlich", item.Id, item.Kind, null, null, null, null,
                ItemMarking.None, item.Supplement, null, null, null, null, null);
        var paper = item.PaperId is { } id ? papers.GetValueOrDefault(id) : null;
        return new AgendaEntry(line.Number, item.IsPublic, false, false, paper?.Title ?? item.Title ?? "", item.Id, item.Kind, paper?.Id,
            paper?.Reference, paper?.Type, item.ConsultationId, item.Marking, item.Supplement, item.Outcome,
            item.Outcome is { } outcome ? Outcome.Label(outcome) : null, item.Vote, item.ResolutionText, item.Note)
        {
            ProposedResolution = paper?.Sections.GetValueOrDefault(ProposedResolutionSection),
        };
    }
}
