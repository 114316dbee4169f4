namespace Drucksachen.Web.OParl;

public sealed class OrganizationEntry(string key, string name, OrganizationKind kind, DateTimeOffset since) : IOParlEntry
{
    public string Key { get; } = key;
    public string Name { get; } = name;
    public OrganizationKind Kind { get; } = kind;
    public DateTimeOffset Created { get; } = since;
    public DateTimeOffset Modified { get; } = since;
    public bool Deleted => false;
    public List<MeetingEntry> Meetings { get; } = [];
    public List<ConsultationEntry> Consultations { get; } = [];
    public List<MembershipEntry> Memberships { get; } = [];
}
