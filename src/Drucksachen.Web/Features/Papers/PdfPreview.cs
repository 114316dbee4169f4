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
    public static IActionResult Of(Paper paper, IPaperRenderer renderer, HttpResponse response) =>
        PdfResponse.Send(response, renderer.Render(paper).Pdf, "Vorschau.pdf", download: false);
}
