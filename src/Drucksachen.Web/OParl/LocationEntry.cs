namespace Drucksachen.Web.OParl;

/// <summary>
/// A place meetings are held at: the configured address of the town hall (OParl:Location), or a
/// place as the city's configuration or a meeting names it, known by its text only.
/// </summary>
public sealed class LocationEntry(string key, string description, LocationOptions? address, DateTimeOffset since) : IOParlEntry
{
    public string Key { get; } = key;
    public string Description { get; } = description;

    /// <summary>The configured address, for the town hall.</summary>
    public LocationOptions? Address { get; } = address;

    public List<MeetingEntry> Meetings { get; } = [];
    public DateTimeOffset Created { get; } = since;

    /// <summary>It lists its meetings, so it changes with them.</summary>
    public DateTimeOffset Modified => Meetings.Count == 0 ? Created : OParlIndex.Max(Created, Meetings.Max(m => m.Modified));
    public bool Deleted => false;
}
