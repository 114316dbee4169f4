using Drucksachen.Core.Configuration;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages;

/// <summary>
/// The start page. A council member sees their bodies: the papers coming up for consultation and the
/// papers released for them most recently. Everyone else starts at the list of papers.
/// </summary>
public sealed class IndexModel(CurrentUser current, IPaperReads reads, IPaperSearch search, City city, TimeProvider clock) : PageModel
{
    public const int RecentPapers = 5;

    public IReadOnlyList<BodyOverview> Bodies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await current.GetAsync(ct);
        if (user is null || !user.Has(UserRoles.Council) || user.Bodies.Count == 0) return Redirect("/Drucksachen");
        var today = city.DayOf(clock.GetUtcNow());
        var bodies = new List<BodyOverview>();
        foreach (var key in user.Bodies)
        {
            var upcoming = (await reads.CurrentConsultationsAsync(key, user, ct)).Where(c => c.Date >= today).ToList();
            var recent = (await search.SearchAsync(new PaperSearch(Body: key, Take: RecentPapers), user, ct)).Items;
            bodies.Add(new BodyOverview(key, city.FindBody(key)?.Name ?? key, upcoming, recent));
        }
        Bodies = bodies;
        return Page();
    }
}

/// <summary>One body of a council member: its coming consultations and its newest papers.</summary>
public sealed record BodyOverview(string Key, string Name, IReadOnlyList<ScheduledConsultation> Upcoming, IReadOnlyList<PaperSummary> Recent);
