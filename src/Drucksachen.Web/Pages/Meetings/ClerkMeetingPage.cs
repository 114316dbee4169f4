using Drucksachen.Core.Errors;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Forms;
using Drucksachen.Web.Features.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Meetings;

/// <summary>
/// A page of the clerk's workspace for one meeting: only clerks and admins reach it (others get
/// 404, as for a meeting that does not exist). Each form posts the meeting's version it showed; a
/// change goes through the meeting use cases and comes back here with a message, a refusal
/// comes back as the German message of <see cref="FormErrors"/> with the input kept.
/// </summary>
[Authorize]
public abstract class ClerkMeetingPage(VisibleMeetings meetings) : PageModel
{
    public MeetingView View { get; private set; } = null!;
    public UserProfile Clerk { get; private set; } = null!;
    public string? Error { get; private set; }

    /// <summary>The form field <see cref="Error"/> is about, if it names one.</summary>
    public string? ErrorField { get; private set; }

    [TempData] public string? Message { get; set; }

    /// <summary>The meeting's version the forms were shown with.</summary>
    [BindProperty(Name = "version")] public int? ExpectedVersion { get; set; }

    public Meeting Meeting => View.Meeting;

    public abstract string Address(string number);

    /// <summary>Loads the meeting for a clerk; false when it does not exist or the user runs no meetings.</summary>
    private async Task<bool> LoadMeetingAsync(string nummer, CancellationToken ct)
    {
        var (view, user) = await meetings.FindAsync(nummer, ct);
        if (view is null || user is null || !VisibleMeetings.IsClerk(user)) return false;
        (View, Clerk) = (view, user);
        return true;
    }

    /// <summary>Loads what the page shows: the meeting and <see cref="LoadMoreAsync"/>.</summary>
    private async Task<bool> LoadAsync(string nummer, CancellationToken ct)
    {
        if (!await LoadMeetingAsync(nummer, ct)) return false;
        await LoadMoreAsync(ct);
        return true;
    }

    /// <summary>What the page shows beside the meeting.</summary>
    protected virtual Task LoadMoreAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync(string nummer, CancellationToken ct) => await LoadAsync(nummer, ct) ? Page() : NotFound();

    /// <summary>Runs one change to the meeting; on success back to <paramref name="returnTo"/> (default: this page) with <paramref name="done"/>.</summary>
    protected async Task<IActionResult> ChangeAsync(string nummer, Func<string, string, Task> change, string done, CancellationToken ct,
        Func<string, string>? returnTo = null)
    {
        // Only the meeting: what the page shows beside it is loaded when the page is shown again.
        if (!await LoadMeetingAsync(nummer, ct)) return NotFound();
        var number = Meeting.Number;
        try
        {
            await change(number, Clerk.Id);
            Message = done;
            return LocalRedirect((returnTo ?? Address)(number));
        }
        catch (DrucksachenException e)
        {
            Error = FormErrors.Message(e, MeetingFields.All);
            ErrorField = (e as InputException)?.Field;
        }
        // Shown again as it is now, with the refusal above the forms.
        ModelState.Clear();
        await LoadAsync(nummer, ct);
        return Page();
    }
}
