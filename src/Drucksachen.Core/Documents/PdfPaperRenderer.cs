using Drucksachen.Core.Configuration;
using Drucksachen.Core.Papers;
using Drucksachen.Documents;

namespace Drucksachen.Core.Documents;

/// <summary>
/// Renders papers through the document layer, with the template of their type. The renderer (templates
/// and fonts) is built at the first paper rendered: a command that only reads papers never loads it.
/// </summary>
public sealed class PdfPaperRenderer(Lazy<DocumentRenderer> renderer, City city) : IPaperRenderer
{
    public RenderedPaper Render(Paper paper) => renderer.Value.Render(ToDocument(paper)).ToRenderedPaper();

    public PaperDocument ToDocument(Paper paper)
    {
        var type = city.PaperType(paper.Type);
        var bodies = paper.Consultations.Select(c => city.FindBody(c.Body)?.Name ?? c.Body).ToList();
        return new PaperDocument(
            Template: type.Template ?? type.Name,
            Title: paper.Title,
            Number: paper.Number,
            IsPublic: paper.IsPublic,
            LeadOffice: paper.LeadOffice,
            Author: paper.Author,
            Date: paper.Date,
            Signature: paper.Signature,
            Consultations: paper.Consultations.Select((c, i) => new ConsultationRow(bodies[i], c.Date, c.IsPublic,
                ConsultationRoles.German(c.Role), c.Outcome is null ? null : Outcome.Label(c.Outcome), c.Outcome is null ? null : c.Vote)).ToList(),
            Sections: paper.Sections,
            Attachments: paper.Attachments,
            Keywords: [paper.Type, paper.LeadOffice, .. bodies.Distinct()],
            Letterhead: city.Name.Length > 0 ? city.Name : null);
    }
}
