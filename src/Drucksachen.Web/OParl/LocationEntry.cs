namespace Drucksachen.Web.OParl;

/// <summary>
/// A place meetings are held at: the configured address of the town hall (OParl:Location), or a
/// place as the city's configuration or a meeting names it, known by its text only.
/// </summary>
public sealed class LocationEntry(string key, string description, LocationOptions? address, DateTimeOffset since) : IOParlEntry
{
    private readonly List<MeetingEntry> _meetings = [];

    public string Key { get; } = key;
    public string Description { get; } = description;

    /// <summary>The configured address, for the town hall.</summary>
    public LocationOptions? Address { get; } = address;

    public IReadOnlyList<MeetingEntry> Meetings => _meetings;
    public DateTimeOffset Created { get; } = since;

    /// <summary>It lists its meetings, so it changes with them.</summary>
    public DateTimeOffset Modified { get; private set; } = since;

    public bool Deleted => false;

    public void Add(MeetingEntry meeting)
    {
        _meetings.Add(meeting);
        Modified = OParlIndex.Max(Modified, meeting.Modified);
    }
}
