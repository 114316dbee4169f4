namespace Drucksachen.Web.OParl;

public sealed class MeetingEntry(string key, OrganizationEntry organization, DateOnly date, DateTimeOffset created, DateTimeOffset modified)
    : IOParlEntry
{
    public string Key { get; } = key;
    public OrganizationEntry Organization { get; } = organization;
    public DateOnly Date { get; } = date;
    public DateTimeOffset Created { get; private set; } = created;
    public DateTimeOffset Modified { get; private set; } = modified;
    public bool Deleted => false;

    /// <summary>Held (durchgeführt) once an outcome is recorded for one of its consultations.</summary>
    public bool Held { get; private set; }

    internal List<ConsultationEntry> Candidates { get; } = [];
    public List<AgendaItemEntry> AgendaItems { get; } = [];

    internal void Include(PaperEntry paper, bool recorded)
    {
        if (paper.Created < Created) Created = paper.Created;
        if (paper.Modified > Modified) Modified = paper.Modified;
        Held |= recorded;
    }
}
