using Drucksachen.Core.Configuration;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Accounts;
using Drucksachen.Web.Features.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Meetings;

/// <summary>
/// A council member's meetings: those of their bodies, upcoming first (then the past ones, newest
/// first), with their packets; and the secret address of their personal calendar, made anew or
/// revoked here.
/// </summary>
[Authorize]
public sealed class MeineModel(ReadMeetings read, CurrentUser current, CalendarLinks links, City city, TimeProvider clock) : PageModel
{
    /// <summary>How far back past meetings are listed.</summary>
    private const int MonthsBack = 6;

    public IReadOnlyList<Meeting> Upcoming { get; private set; } = [];
    public IReadOnlyList<Meeting> Past { get; private set; } = [];
    public UserProfile Viewer { get; private set; } = null!;
    public bool HasCalendar { get; private set; }

    /// <summary>The new calendar address, shown once, right after it was made.</summary>
    public string? NewCalendarAddress { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostKalenderAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var secret = await links.RenewAsync(Viewer.Id, ct);
        NewCalendarAddress = $"{Request.Scheme}://{Request.Host}{Request.PathBase}{CalendarLinks.Path(secret)}";
        Message = HasCalendar ? "Ihr neuer Kalender-Link ist erstellt; der bisherige gilt nicht mehr." : "Ihr Kalender-Link ist erstellt.";
        HasCalendar = true;
        return Page();
    }

    public async Task<IActionResult> OnPostWiderrufenAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        await links.RevokeAsync(Viewer.Id, ct);
        HasCalendar = false;
        Message = "Ihr Kalender-Link ist widerrufen; er gilt nicht mehr.";
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } user || user.Bodies.Count == 0) return false;
        Viewer = user;
        var today = city.DayOf(clock.GetUtcNow());
        var meetings = new List<Meeting>();
        foreach (var body in user.Bodies)
            meetings.AddRange(await read.ListAsync(new MeetingQuery(Body: body, From: today.AddMonths(-MonthsBack)), user, ct));
        Upcoming = meetings.Where(m => m.Date >= today).OrderBy(m => m.Date).ThenBy(m => m.Start).ToList();
        Past = meetings.Where(m => m.Date < today).OrderByDescending(m => m.Date).ThenByDescending(m => m.Start).ToList();
        HasCalendar = await links.HasAsync(user.Id, ct);
        return true;
    }
}
