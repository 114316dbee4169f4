using Drucksachen.Core.Meetings;

namespace Drucksachen.Web.OParl;

/// <summary>A stored public meeting with its public agenda (<see cref="MeetingViews.PublicAgendasAsync"/>), place, members and documents.</summary>
public sealed class MeetingEntry(Meeting meeting, OrganizationEntry organization, LocationEntry? location, DateTimeOffset modified)
    : IOParlEntry
{
    public Meeting Meeting { get; } = meeting;
    public OrganizationEntry Organization { get; } = organization;
    public LocationEntry? Location { get; } = location;
    public DateTimeOffset Created { get; } = OParlIndex.Seconds(meeting.CreatedAt);

    /// <summary>The meeting's own change, or one of its papers' (their titles name its items), or the configuration's (its place).</summary>
    public DateTimeOffset Modified { get; } = modified;
    public bool Deleted => false;

    public List<AgendaItemEntry> AgendaItems { get; } = [];
    public List<PersonEntry> Participants { get; } = [];
    public List<FileEntry> Files { get; } = [];
}
