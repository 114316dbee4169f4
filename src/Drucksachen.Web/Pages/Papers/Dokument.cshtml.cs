using Drucksachen.Core.Storage;
using Drucksachen.Web.Features.Papers;
using Drucksachen.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Papers;

/// <summary>Downloads one stored PDF version; 404 when the paper is not visible or the version does not exist.</summary>
public sealed class DokumentModel(VisiblePapers papers, IPaperStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, int version, CancellationToken ct)
    {
        var (paper, _) = await papers.FindAsync(id, ct);
        if (paper is null) return NotFound();
        var document = await store.DocumentAsync(paper.Id, version, ct);
        if (document is null) return NotFound();
        HttpContext.Served(paper, CachePolicy.Lasting);
        return File(document.Content, "application/pdf", document.FileName);
    }
}
