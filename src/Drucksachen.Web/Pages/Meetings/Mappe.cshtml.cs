using Drucksachen.Core.Errors;
using Drucksachen.Core.Meetings;
using Drucksachen.Web.Features.Meetings;
using Drucksachen.Web.Features.Papers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Meetings;

/// <summary>
/// The meeting packet (Sitzungsmappe) as one PDF: <c>oeffentlich</c> for everybody who sees the
/// meeting, <c>mitglieder</c> with the non-public part for those who may see it (404 for others).
/// </summary>
public sealed class MappeModel(VisibleMeetings meetings, ReadMeetings read) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string nummer, string fassung, CancellationToken ct)
    {
        var members = fassung switch
        {
            MeetingLinks.PublicEdition => false,
            MeetingLinks.MembersEdition => true,
            _ => (bool?)null,
        };
        var (view, user) = await meetings.FindAsync(nummer, ct);
        if (view is null || members is null) return NotFound();
        try
        {
            var pdf = await read.PacketAsync(view.Meeting, members.Value, user, ct);
            return PdfResponse.Send(Response, pdf, MeetingModels.PacketFileName(view.Meeting, members.Value), download: false);
        }
        catch (DrucksachenException e) when (e.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }
    }
}
