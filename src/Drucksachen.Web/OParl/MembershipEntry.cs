namespace Drucksachen.Web.OParl;

public sealed class MembershipEntry(string key, PersonEntry person, OrganizationEntry organization, DateTimeOffset since) : IOParlEntry
{
    public string Key { get; } = key;
    public PersonEntry Person { get; } = person;
    public OrganizationEntry Organization { get; } = organization;
    public DateTimeOffset Created { get; } = since;
    public DateTimeOffset Modified { get; } = since;
    public bool Deleted => false;
}
