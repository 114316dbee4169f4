using Drucksachen.Core.Storage;

namespace Drucksachen.Web.OParl;

public sealed class ConsultationEntry(PublicConsultation data, PaperEntry paper, MeetingEntry meeting, OrganizationEntry organization)
    : IOParlEntry
{
    public PublicConsultation Data { get; } = data;
    public PaperEntry Paper { get; } = paper;
    public MeetingEntry Meeting { get; } = meeting;
    public OrganizationEntry Organization { get; } = organization;

    /// <summary>Only a public consultation is an item of the meeting's public agenda.</summary>
    public AgendaItemEntry? AgendaItem { get; set; }

    // A consultation has no timestamps of its own: it changes with its paper.
    public DateTimeOffset Created => Paper.Created;
    public DateTimeOffset Modified => Paper.Modified;
    public bool Deleted => false;
}
