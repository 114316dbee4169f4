using Drucksachen.Web.Features.Drafts;

namespace Drucksachen.Web.Pages.Drafts;

public sealed record DraftFieldsView(DraftForm Form, string LeadOffice, IReadOnlyList<string> SectionKeys);
