using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Drucksachen.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Drucksachen.Web.Tests.Browser;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) finds no WCAG 2.1 A/AA violation (BITV 2.0) on the pages
/// people work with, each seen by the user who works with it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserFixture fixture)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Page name, signed-in user (null: anonymous), address (placeholders {demo} and {draft}).</summary>
    public static TheoryData<string, string?, string> Pages => new()
    {
        { "papers list", null, "/Drucksachen" },
        { "papers list, search", null, "/Drucksachen?q=Sozialraumplanung&jahr=2022" },
        { "papers list, council member", "becker", "/Drucksachen" },
        { "paper page", null, "/Drucksachen/{demo}" },
        { "paper page with the clerk's record form", "krause", "/Drucksachen/{demo}" },
        { "paper history", null, "/Drucksachen/{demo}/Verlauf" },
        { "edit draft", "mueller", "/Entwuerfe/{draft}" },
        { "new draft", "mueller", "/Entwuerfe/Neu?typ=Beschlussvorlage" },
        { "clerk's overview", "krause", "/Sitzungsdienst" },
        { "co-signing inbox", "schmidt", "/Mitzeichnung" },
        { "release queue", "horn", "/Freigabe" },
        { "my tasks", "mueller", "/Aufgaben" },
        { "login", null, "/Anmelden" },
        { "council member's start page", "becker", "/" },
        { "accounts", "admin", "/Konten" },
        { "one account", "admin", "/Konten/krause" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_WCAG_2_1_AA_violations(string name, string? user, string address)
    {
        var url = address
            .Replace("{demo}", (await DemoPaperIdAsync()).ToString(), StringComparison.Ordinal)
            .Replace("{draft}", address.Contains("{draft}", StringComparison.Ordinal) ? (await DraftIdAsync()).ToString() : "", StringComparison.Ordinal);
        // The inboxes are checked with a task in them, whatever the other tests left.
        if (user is "schmidt" or "horn" or "mueller") await SubmittedDraftAsync(cosigned: user != "horn");
        var page = user is null ? await fixture.NewPageAsync() : await fixture.SignInAsync(user);
        try
        {
            var response = await page.GotoAsync(url);
            Assert.True(response is { Status: 200 }, $"{name}: GET {url} answered {response?.Status}");
            var result = await page.RunAxe(Wcag21AA);
            // axe really ran its rules (e.g. not blocked by the content security policy).
            Assert.Contains(result.Passes, r => r.Id == "html-has-lang");
            Assert.Contains(result.Passes, r => r.Id == "color-contrast");
            Assert.True(result.Violations.Length == 0, $"{name} ({url}) as {user ?? "anonymous"}:\n{Describe(result.Violations)}");
        }
        finally { await page.CloseAllAsync(); }
    }

    private async Task<Guid> DemoPaperIdAsync() =>
        (await fixture.App.Services.GetRequiredService<IPaperStore>().FindAsync("1803/22", CancellationToken.None))?.Id
        ?? throw new InvalidOperationException("demo paper 1803/22 missing");

    private async Task SubmittedDraftAsync(bool cosigned) => await fixture.SubmittedAsync(cosigned);

    private async Task<Guid> DraftIdAsync() => (await fixture.CreateAsync()).Id;

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
