using Drucksachen.Core.Configuration;
using Drucksachen.Core.Reading;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Accounts;
using Drucksachen.Web.Features.Papers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Drucksachen.Web.Pages.Papers;

/// <summary>
/// The papers list: released papers the viewer may see (the public ones for everybody, the
/// non-public ones of their bodies for council members), searched and filtered in the database,
/// 25 a page, newest number first.
/// </summary>
public sealed class IndexModel(IPaperSearch store, ReadPapers read, CurrentUser current, City city) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Text { get; set; }
    [BindProperty(SupportsGet = true, Name = "typ")] public string? Type { get; set; }
    [BindProperty(SupportsGet = true, Name = "gremium")] public string? Body { get; set; }
    [BindProperty(SupportsGet = true, Name = "jahr")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public string? State { get; set; }
    [BindProperty(SupportsGet = true, Name = "seite")] public int PageNumber { get; set; } = 1;

    public PaperPage Result { get; private set; } = new([], 0);
    public IReadOnlyDictionary<string, string> StateLabels { get; private set; } = new Dictionary<string, string>();
    public UserProfile? Viewer { get; private set; }
    public int PageCount => Math.Max(1, (Result.Total + PageSize - 1) / PageSize);

    /// <summary>What was found, and which of it this page shows.</summary>
    public string Status
    {
        get
        {
            if (Result.Total == 0) return "Keine Drucksachen gefunden.";
            var found = $"{(Result.MoreThanTotal ? "Mehr als " : "")}{Labels.Plural(Result.Total, "Drucksache", "Drucksachen")} gefunden";
            if (Result.Items.Count == 0) return $"{found}, keine auf Seite {Labels.Count(PageNumber)}.";
            var from = (PageNumber - 1) * PageSize + 1;
            var shown = $"{found}, angezeigt {Labels.Count(from)} bis {Labels.Count(from + Result.Items.Count - 1)}.";
            return Result.MoreThanTotal ? shown + " Weitere Suchwörter oder Filter grenzen das Ergebnis ein." : shown;
        }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Viewer = await current.GetAsync(ct);
        StateLabels = await read.StateLabelsAsync(city.PaperTypes.Select(t => t.Workflow ?? t.Name), ct);
        // Beyond the last page that an int offset can reach there is nothing to show anyway.
        PageNumber = Math.Clamp(PageNumber, 1, int.MaxValue / PageSize);
        var search = new PaperSearch(
            Text: Blank(Text),
            Type: Blank(Type),
            Body: Blank(Body),
            Year: Year,
            State: Blank(State),
            ReleasedOnly: true,
            Skip: (PageNumber - 1) * PageSize,
            Take: PageSize);
        Result = await store.SearchAsync(search, Viewer, ct);
    }

    /// <summary>This list's address with the current filters and another page.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Blank(Text), ["typ"] = Blank(Type), ["gremium"] = Blank(Body),
            ["jahr"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["status"] = Blank(State),
            ["seite"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Drucksachen",
            query.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
