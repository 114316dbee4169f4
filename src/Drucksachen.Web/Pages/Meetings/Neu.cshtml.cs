using Drucksachen.Core.Errors;
using Drucksachen.Core.Meetings;
using Drucksachen.Web.Features.Accounts;
using Drucksachen.Web.Features.Forms;
using Drucksachen.Web.Features.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Meetings;

/// <summary>A new meeting of a body (clerks and admins): day, start, and a configured place or free text; then on to its agenda.</summary>
[Authorize]
public sealed class NeuModel(CreateMeeting create, CurrentUser current) : PageModel
{
    [BindProperty(Name = "gremium")] public string? Body { get; set; }
    [BindProperty(Name = "datum")] public string? Date { get; set; }
    [BindProperty(Name = "beginn")] public string? Start { get; set; }
    [BindProperty(Name = "ort")] public string? Location { get; set; }

    public string? Error { get; private set; }
    public string? ErrorField { get; private set; }

    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => VisibleMeetings.IsClerk(await current.GetAsync(ct)) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await current.GetAsync(ct);
        if (user is null || !VisibleMeetings.IsClerk(user)) return NotFound();
        try
        {
            var meeting = await create.ExecuteAsync(new MeetingInput(Body ?? "", Date ?? "", user.Id, Blank(Start), Location: Blank(Location)), ct);
            Message = $"Die Sitzung {meeting.Number} ist angelegt. Stellen Sie jetzt die Tagesordnung zusammen.";
            return LocalRedirect(MeetingLinks.Agenda(meeting.Number));
        }
        catch (DrucksachenException e)
        {
            Error = FormErrors.Message(e, MeetingFields.All);
            ErrorField = (e as InputException)?.Field;
            return Page();
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
