using Drucksachen.Core.Storage;

namespace Drucksachen.Web.OParl;

public sealed class PaperEntry(PublicPaper paper, bool deleted, DateTimeOffset created, DateTimeOffset modified, OrganizationEntry leadOffice)
    : IOParlEntry
{
    public PublicPaper Paper { get; } = paper;
    public bool Deleted { get; } = deleted;
    public DateTimeOffset Created { get; } = created;
    public DateTimeOffset Modified { get; } = modified;
    public OrganizationEntry LeadOffice { get; } = leadOffice;
    public List<ConsultationEntry> Consultations { get; } = [];
    public List<FileEntry> Files { get; } = [];
}
