using Drucksachen.Core.Storage;
using Drucksachen.Web.Features.Papers;
using Drucksachen.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Papers;

/// <summary>
/// One stored PDF version, shown in the browser (inline); <c>?herunterladen</c> sends it as a download.
/// HEAD answers with the headers alone. 404 when the paper is not visible or the version does not exist.
/// </summary>
public sealed class DokumentModel(VisiblePapers papers, IPaperReads store) : PageModel
{
    public const string DownloadParameter = "herunterladen";

    // Razor Pages answers HEAD with this handler too; PdfResponse then leaves the body out.
    public async Task<IActionResult> OnGetAsync(Guid id, int version, CancellationToken ct)
    {
        var (paper, _) = await papers.FindAsync(id, ct);
        if (paper is null) return NotFound();
        var document = await store.DocumentAsync(paper.Id, version, ct);
        if (document is null) return NotFound();
        HttpContext.Served(paper, CachePolicy.Lasting);
        return PdfResponse.Send(Response, document.Content, document.FileName, download: Request.Query.ContainsKey(DownloadParameter));
    }
}
