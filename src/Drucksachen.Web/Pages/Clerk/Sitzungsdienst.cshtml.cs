using Drucksachen.Core.Configuration;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Clerk;

/// <summary>
/// The committee clerk's desk: the consultations released papers are at, by date and body (those
/// whose meeting is past first: their outcome is due), papers that missed their notice period,
/// and each meeting's notice deadline.
/// </summary>
[Authorize]
public sealed class SitzungsdienstModel(IPaperReads reads, IPaperSearch search, CurrentUser current, City city, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "gremium")] public string? Body { get; set; }

    public IReadOnlyList<ScheduledConsultation> Due { get; private set; } = [];
    public IReadOnlyList<ScheduledConsultation> Upcoming { get; private set; } = [];
    public IReadOnlyList<PaperSummary> Late { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await current.GetAsync(ct);
        if (user is null || !(user.Has(UserRoles.Clerk) || user.Has(UserRoles.Admin))) return NotFound();
        Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), city.TimeZone).DateTime);
        var body = string.IsNullOrWhiteSpace(Body) ? null : city.FindBody(Body)?.Key ?? Body;
        var current2 = await reads.CurrentConsultationsAsync(body, user, ct);
        Due = current2.Where(c => c.Date < Today).ToList();
        Upcoming = current2.Where(c => c.Date >= Today).ToList();
        Late = (await search.SearchAsync(new PaperSearch(ReleasedOnly: false, OnlyLate: true, Take: 100), user, ct)).Items;
        return Page();
    }

    /// <summary>The last day the invitation with the paper must go out for the meeting, or null for bodies without notice period.</summary>
    public DateOnly? NoticeDeadline(ScheduledConsultation c) =>
        city.FindBody(c.Body)?.NoticeDays is { } days ? c.Date.AddDays(-(days + 1)) : null;
}
