using System.Globalization;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Meetings;

/// <summary>
/// The meetings of one month (default: the current one), of one body or all: public meetings for
/// everybody, non-public ones (Dienstberatung) for those who may see them, by day and time.
/// </summary>
public sealed class IndexModel(ReadMeetings read, CurrentUser current, City city, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "gremium")] public string? Body { get; set; }
    [BindProperty(SupportsGet = true, Name = "monat")] public string? Month { get; set; }

    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];
    public UserProfile? Viewer { get; private set; }
    public DateOnly First { get; private set; }

    /// <summary>"2026-11", the value of the month field.</summary>
    public string MonthValue => First.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Viewer = await current.GetAsync(ct);
        var today = city.DayOf(clock.GetUtcNow());
        First = DateOnly.TryParseExact(Month?.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month
            : new DateOnly(today.Year, today.Month, 1);
        var body = string.IsNullOrWhiteSpace(Body) ? null : city.FindBody(Body)?.Key ?? Body.Trim();
        Meetings = await read.ListAsync(new MeetingQuery(Body: body, From: First, To: First.AddMonths(1).AddDays(-1)), Viewer, ct);
    }

    /// <summary>This list's address with the body filter kept and another month.</summary>
    public string MonthUrl(DateOnly month)
    {
        var query = new Dictionary<string, string?> { ["monat"] = month.ToString("yyyy-MM", CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(Body)) query["gremium"] = Body.Trim();
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Features.Meetings.MeetingLinks.List, query);
    }
}
