using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Drucksachen.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Drucksachen.Web.Tests.Browser;

/// <summary>
/// Every page people work with, each seen by the user who works with it, on a small phone (360 px)
/// and a desktop (1280 px): axe-core (Deque.AxeCore.Playwright) finds no WCAG 2.1 A/AA violation
/// (BITV 2.0), and no page is wider than the window (nothing scrolls sideways).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserFixture fixture)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static readonly int[] Widths = [360, 1280];

    /// <summary>Page name, signed-in user (null: anonymous), address (placeholders {demo} and {draft}).</summary>
    private static readonly (string Name, string? User, string Address)[] PageList =
    [
        ("papers list", null, "/Drucksachen"),
        ("papers list, search", null, "/Drucksachen?q=Sozialraumplanung&jahr=2022"),
        ("papers list, council member", "becker", "/Drucksachen"),
        ("paper page", null, "/Drucksachen/{demo}"),
        ("paper page with the clerk's record form", "krause", "/Drucksachen/{demo}"),
        ("paper history", null, "/Drucksachen/{demo}/Verlauf"),
        ("meetings list", null, "/Sitzungen"),
        ("meetings list, empty month", null, "/Sitzungen?monat=2024-01"),
        ("meeting history", null, "/Sitzungen/SAG-001-2022/Verlauf"),
        ("meeting history, clerk", "krause", "/Sitzungen/SAG-001-2022/Verlauf"),
        ("edit draft", "mueller", "/Entwuerfe/{draft}"),
        ("new draft", "mueller", "/Entwuerfe/Neu?typ=Beschlussvorlage"),
        ("clerk's overview", "krause", "/Sitzungsdienst"),
        ("co-signing inbox", "schmidt", "/Mitzeichnung"),
        ("release queue", "horn", "/Freigabe"),
        ("my tasks", "mueller", "/Aufgaben"),
        ("login", null, "/Anmelden"),
        ("my drafts", "mueller", "/Entwuerfe"),
        ("page not found", null, "/Fehler/404"),
        ("council member's start page", "becker", "/"),
        ("accounts", "admin", "/Konten"),
        ("one account", "admin", "/Konten/krause"),
    ];

    public static TheoryData<string, string?, string, int> Pages()
    {
        var data = new TheoryData<string, string?, string, int>();
        foreach (var (name, user, address) in PageList)
            foreach (var width in Widths) data.Add(name, user, address, width);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_WCAG_2_1_AA_violations_and_no_sideways_scrolling(string name, string? user, string address, int width)
    {
        var url = address
            .Replace("{demo}", (await DemoPaperIdAsync()).ToString(), StringComparison.Ordinal)
            .Replace("{draft}", address.Contains("{draft}", StringComparison.Ordinal) ? (await DraftIdAsync()).ToString() : "", StringComparison.Ordinal);
        // The inboxes are checked with a task in them, whatever the other tests left.
        if (user is "schmidt" or "horn" or "mueller") await SubmittedDraftAsync(cosigned: user != "horn");
        var page = user is null ? await fixture.NewPageAsync() : await fixture.SignInAsync(user);
        try
        {
            await page.SetViewportSizeAsync(width, 800);
            var response = await page.GotoAsync(url);
            // The error page answers with the status it explains.
            Assert.True(response?.Status == (url.StartsWith("/Fehler/", StringComparison.Ordinal) ? int.Parse(url[8..], CultureInfo.InvariantCulture) : 200),
                $"{name}: GET {url} answered {response?.Status}");
            await page.KeepScreenshotAsync($"{string.Concat(name.Where(char.IsAsciiLetterOrDigit))}-{width}");
            var (scrollWidth, viewport) = await WidthsAsync(page);
            Assert.True(scrollWidth <= viewport, $"{name} ({url}) at {width} px is {scrollWidth} px wide:\n{await WidestAsync(page, viewport)}");
            var result = await page.RunAxe(Wcag21AA);
            // axe really ran its rules (e.g. not blocked by the content security policy).
            Assert.Contains(result.Passes, r => r.Id == "html-has-lang");
            Assert.Contains(result.Passes, r => r.Id == "color-contrast");
            Assert.True(result.Violations.Length == 0, $"{name} ({url}) as {user ?? "anonymous"} at {width} px:\n{Describe(result.Violations)}");
        }
        finally { await page.CloseAllAsync(); }
    }

    private async Task<Guid> DemoPaperIdAsync() =>
        (await fixture.App.Services.GetRequiredService<IPaperReads>().FindAsync("1803/22", CancellationToken.None))?.Id
        ?? throw new InvalidOperationException("demo paper 1803/22 missing");

    private async Task SubmittedDraftAsync(bool cosigned) => await fixture.SubmittedAsync(cosigned);

    private async Task<Guid> DraftIdAsync() => (await fixture.CreateAsync()).Id;

    private static async Task<(int ScrollWidth, int Viewport)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }

    // The elements that reach beyond the window, to say what makes the page too wide.
    private static Task<string> WidestAsync(IPage page, int viewport) => page.EvaluateAsync<string>("""
        w => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > w + 0.5)
            .slice(0, 8)
            .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + String(e.className).replace(/ /g, '.') : ''}: right ${Math.round(e.getBoundingClientRect().right)}`)
            .join('\n')
        """, viewport);

    private static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var v in violations)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {v.Id} ({v.Impact}): {v.Help}\n");
            foreach (var node in v.Nodes.Take(5))
                text.Append(CultureInfo.InvariantCulture, $"    {node.Target}: {string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message))}\n      {node.Html}\n");
        }
        return text.ToString();
    }
}
