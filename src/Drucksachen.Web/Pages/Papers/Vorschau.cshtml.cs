using Drucksachen.Core.Documents;
using Drucksachen.Web.Features.Papers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Papers;

/// <summary>
/// The PDF of a paper not yet released, as it stands (e.g. for the approver before release); 404 when
/// the viewer may not see the paper or it is released, since then its stored PDFs are what counts.
/// </summary>
public sealed class VorschauModel(VisiblePapers papers, IPaperRenderer renderer) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var (paper, _) = await papers.FindAsync(id, ct);
        return paper is null || paper.Number is not null ? NotFound() : PdfPreview.Of(paper, renderer, Response);
    }
}
