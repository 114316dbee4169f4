using System.Net.Mime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Drucksachen.Web.Features.Papers;

/// <summary>
/// A PDF for the browser: shown in its PDF viewer (<c>Content-Disposition: inline</c>) under its file
/// name, or saved (<c>attachment</c>) when the reader asked for a download. HEAD gets the headers only.
/// </summary>
public static class PdfResponse
{
    public static IActionResult Send(HttpResponse response, byte[] pdf, string fileName, bool download)
    {
        var disposition = new ContentDispositionHeaderValue(download ? DispositionTypeNames.Attachment : DispositionTypeNames.Inline);
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        if (!HttpMethods.IsHead(response.HttpContext.Request.Method))
            return new FileContentResult(pdf, MediaTypeNames.Application.Pdf);
        response.ContentType = MediaTypeNames.Application.Pdf;
        response.ContentLength = pdf.Length;
        return new EmptyResult();
    }
}
