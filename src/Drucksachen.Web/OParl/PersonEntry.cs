namespace Drucksachen.Web.OParl;

public sealed class PersonEntry(string key, string name, DateTimeOffset since) : IOParlEntry
{
    public string Key { get; } = key;
    public string Name { get; } = name;
    public DateTimeOffset Created { get; } = since;
    public DateTimeOffset Modified { get; } = since;
    public bool Deleted => false;
    public List<MembershipEntry> Memberships { get; } = [];
}
