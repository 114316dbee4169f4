using Drucksachen.Core.Documents;
using Drucksachen.Core.Papers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Drucksachen.Web.Features.Papers;

/// <summary>
/// A paper rendered as it would be stored, but kept nowhere: the author's draft preview and the
/// approver's look before release. Callers check that the viewer may see the paper.
/// </summary>
public static class PdfPreview
{
    public static FileContentResult Of(Paper paper, IPaperRenderer renderer, HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        return new FileContentResult(renderer.Render(paper).Pdf, "application/pdf") { FileDownloadName = "Vorschau.pdf" };
    }
}
