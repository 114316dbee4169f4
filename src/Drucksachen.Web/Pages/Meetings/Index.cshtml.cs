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
/// The meetings of one month, of one body or all: public meetings for everybody, non-public ones
/// (Dienstberatung) for those who may see them, by day and time. Without a month given it opens on
/// the month of the next meeting the visitor may see, else of the latest one; a month given is kept
/// as it is, and when it holds no meeting the nearest months before and after that do are offered.
/// </summary>
public sealed class IndexModel(ReadMeetings read, CurrentUser current, City city, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "gremium")] public string? Body { get; set; }
    [BindProperty(SupportsGet = true, Name = "monat")] public string? Month { get; set; }

    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];
    public UserProfile? Viewer { get; private set; }
    public DateOnly First { get; private set; }

    /// <summary>Why the month given was not read, in German; null when it was read or none was given.</summary>
    public string? MonthError { get; private set; }

    /// <summary>For an empty month: the day of the last meeting before it and of the first after it, if there are such.</summary>
    public DateOnly? Earlier { get; private set; }
    public DateOnly? Later { get; private set; }

    /// <summary>"2026-11", the value of the month field.</summary>
    public string MonthValue => First.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Viewer = await current.GetAsync(ct);
        var body = string.IsNullOrWhiteSpace(Body) ? null : city.FindBody(Body)?.Key ?? Body.Trim();
        var given = DateOnly.TryParseExact(Month?.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month);
        if (given && Showable(month))
            First = month;
        else
        {
            if (!string.IsNullOrWhiteSpace(Month))
                MonthError = given
                    ? $"„{Month.Trim()}“ liegt außerhalb der Monate, die die Liste zeigt (0002-01 bis 9998-12)."
                    : $"„{Month.Trim()}“ ist kein Monat: bitte als JJJJ-MM angeben, z. B. 2026-11.";
            First = MonthOf(await OpeningDayAsync(body, ct));
        }
        Meetings = await read.ListAsync(new MeetingQuery(Body: body, From: First, To: First.AddMonths(1).AddDays(-1)), Viewer, ct);
        if (Meetings.Count > 0) return;
        Earlier = await read.LastDayAsync(new MeetingQuery(Body: body, To: First.AddDays(-1)), Viewer, ct);
        Later = await read.FirstDayAsync(new MeetingQuery(Body: body, From: First.AddMonths(1)), Viewer, ct);
    }

    // The next meeting the visitor may see, today included; else the latest; else today, for a list with none at all
    // (or when the meeting found lies in a month the list cannot show).
    private async Task<DateOnly> OpeningDayAsync(string? body, CancellationToken ct)
    {
        var today = city.DayOf(clock.GetUtcNow());
        var day = await read.FirstDayAsync(new MeetingQuery(Body: body, From: today), Viewer, ct)
            ?? await read.LastDayAsync(new MeetingQuery(Body: body), Viewer, ct)
            ?? today;
        return Showable(MonthOf(day)) ? day : today;
    }

    private static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    // The months before and after are linked, so the first and last month of the calendar cannot be shown.
    private static bool Showable(DateOnly month) => month.Year is > 1 and < 9999;

    /// <summary>This list's address with the body filter kept and another month.</summary>
    public string MonthUrl(DateOnly month)
    {
        var query = new Dictionary<string, string?> { ["monat"] = month.ToString("yyyy-MM", CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(Body)) query["gremium"] = Body.Trim();
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Features.Meetings.MeetingLinks.List, query);
    }
}
