namespace Drucksachen.Core.Meetings;

/// <summary>
/// A meeting as one viewer may see it: its agenda with the papers' titles, or the non-public part
/// by numbers only; the members of the body with their attendance and the quorum.
/// </summary>
/// <param name="ShowsNonPublic">Whether the non-public part's titles, papers and outcomes are shown.</param>
/// <param name="Quorum">Members needed for a quorum.</param>
public sealed record MeetingView(Meeting Meeting, string BodyName, string CityName, bool ShowsNonPublic, IReadOnlyList<AgendaEntry> Agenda,
    IReadOnlyList<AttendanceEntry> Members, int Quorum)
{
    /// <summary>Items taken off the agenda since it last went out, with the numbers they were sent with; empty but for a supplement.</summary>
    public IReadOnlyList<AgendaEntry> Withdrawn { get; init; } = [];

    public string StateLabel => MeetingStates.Label(Meeting.State);

    public int Present => Members.Count(m => m.Status == AttendanceStatus.Present);

    public bool HasQuorum => Present >= Quorum;

    /// <summary>"7 von 9 Mitgliedern anwesend, beschlussfähig".</summary>
    public string QuorumText => Members.All(m => m.Status is null)
        ? "Anwesenheit noch nicht erfasst"
        : $"{Present} von {Members.Count} Mitgliedern anwesend, {(HasQuorum ? "beschlussfähig" : "nicht beschlussfähig")}";
}
