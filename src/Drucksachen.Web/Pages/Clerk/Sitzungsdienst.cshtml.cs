using Drucksachen.Core.Configuration;
using Drucksachen.Core.Reading;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Accounts;
using Drucksachen.Web.Features.Papers;
using Drucksachen.Workflows.Runtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Clerk;

/// <summary>
/// The committee clerk's desk: the consultations released papers are at, by date and body (those
/// whose meeting is past first: their outcome is due), the outcomes recorded lately with the form to
/// correct each while that is possible, papers that missed their notice period, and each meeting's
/// notice deadline.
/// </summary>
[Authorize]
public sealed class SitzungsdienstModel(IPaperReads reads, IPaperSearch search, ReadPapers read, CurrentUser current, City city, TimeProvider clock) : PageModel
{
    /// <summary>How many papers with recorded outcomes, newest change first, are looked at for corrections.</summary>
    public const int RecordedLimit = 20;

    public const string Address = "/Sitzungsdienst";

    [BindProperty(SupportsGet = true, Name = "gremium")] public string? Body { get; set; }

    public IReadOnlyList<ScheduledConsultation> Due { get; private set; } = [];
    public IReadOnlyList<ScheduledConsultation> Upcoming { get; private set; } = [];
    public IReadOnlyList<PaperSummary> Late { get; private set; } = [];
    public IReadOnlyList<CorrectableOutcome> Recorded { get; private set; } = [];

    [TempData] public string? Message { get; set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await current.GetAsync(ct);
        if (user is null || !(user.Has(UserRoles.Clerk) || user.Has(UserRoles.Admin))) return NotFound();
        Today = city.DayOf(clock.GetUtcNow());
        var body = string.IsNullOrWhiteSpace(Body) ? null : city.FindBody(Body)?.Key ?? Body;
        var current2 = await reads.CurrentConsultationsAsync(body, user, ct);
        Due = current2.Where(c => c.Date < Today).ToList();
        Upcoming = current2.Where(c => c.Date >= Today).ToList();
        Late = (await search.SearchAsync(new PaperSearch(ReleasedOnly: false, OnlyLate: true, Take: 100), user, ct)).Items;
        Recorded = await CorrectableAsync(body, user, ct);
        return Page();
    }

    // The outcomes the workflow still lets this user correct, each with its form, which returns here.
    private async Task<IReadOnlyList<CorrectableOutcome>> CorrectableAsync(string? body, UserProfile user, CancellationToken ct)
    {
        var outcomes = new List<CorrectableOutcome>();
        foreach (var paper in await reads.RecordedAsync(body, user, RecordedLimit, ct))
        {
            var correct = (await read.ActionsForAsync(paper, user, ct)).Where(a => a.Kind == AvailableActionKind.Correct).ToList();
            var view = PaperActionsView.Of(paper, correct, Address);
            if (correct.Count > 0 && view.Corrected is { } recorded && (body is null || recorded.Body == body))
                outcomes.Add(new CorrectableOutcome(paper, recorded, view));
        }
        return outcomes;
    }

    /// <summary>The last day the invitation with the paper must go out for the meeting, or null for bodies without notice period.</summary>
    public DateOnly? NoticeDeadline(ScheduledConsultation c) =>
        city.FindBody(c.Body)?.NoticeDays is { } days ? c.Date.AddDays(-(days + 1)) : null;
}
