using Drucksachen.Core.Storage;

namespace Drucksachen.Web.OParl;

public sealed class ConsultationEntry(PublicConsultation data, PaperEntry paper, OrganizationEntry organization)
    : IOParlEntry
{
    public PublicConsultation Data { get; } = data;
    public PaperEntry Paper { get; } = paper;
    public OrganizationEntry Organization { get; } = organization;

    /// <summary>The public agenda item that holds the consultation, if it is placed on a published meeting's public part.</summary>
    public AgendaItemEntry? AgendaItem { get; set; }

    // A consultation has no timestamps of its own: it changes with its paper, placing it on a meeting included.
    public DateTimeOffset Created => Paper.Created;
    public DateTimeOffset Modified => Paper.Modified;
    public bool Deleted => false;
}
