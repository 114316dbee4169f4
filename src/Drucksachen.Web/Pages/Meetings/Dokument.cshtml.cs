using Drucksachen.Core.Errors;
using Drucksachen.Core.Meetings;
using Drucksachen.Web.Features.Meetings;
using Drucksachen.Web.Features.Papers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Meetings;

/// <summary>
/// One stored document of a meeting (invitation, supplement, minutes), in the browser's PDF viewer;
/// a members' edition only for those who see the non-public part, else 404 as for none.
/// </summary>
public sealed class DokumentModel(VisibleMeetings meetings, ReadMeetings read) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string nummer, int version, CancellationToken ct)
    {
        var (view, user) = await meetings.FindAsync(nummer, ct);
        if (view is null) return NotFound();
        try
        {
            var document = await read.DocumentAsync(view.Meeting, version, user, ct);
            return PdfResponse.Send(Response, document.Content, document.FileName, download: false);
        }
        catch (DrucksachenException e) when (e.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }
    }
}
