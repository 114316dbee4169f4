using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Import;
using Drucksachen.Core.Storage;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drucksachen.Web.Tests.Browser;

/// <summary>
/// Drucksache 1803/22's way, done by the people in a browser: the Amt für Soziales drafts the paper
/// (its text, its co-signing office and its advisory sequence) and submits it, the Jugendamt
/// co-signs, Horn releases, the clerk records both outcomes, a council member downloads the final
/// PDF, an anonymous visitor sees the public paper but gets 404 for a non-public one.
/// The demo already holds 1803/22 as released; the walk drafts its text as a new paper, which gets
/// the next number of the year on release.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PaperLifecycleBrowserTests(BrowserFixture fixture)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public async Task Drucksache_1803_22_goes_from_draft_to_final_pdf_in_the_browser()
    {
        var demo = DemoPaper.Load();
        var title = demo.Title + " (Browsertest)";
        var today = CityDay.Today;
        var officeMeeting = today.AddDays(14);
        var committeeMeeting = today.AddDays(28);

        // 1. The author (Amt für Soziales) drafts the paper from the template and submits it.
        var author = await fixture.SignInAsync("mueller");
        Guid id;
        try
        {
            await author.GetByRole(AriaRole.Link, new() { Name = "Neue Drucksache" }).ClickAsync();
            await author.GetByLabel("Vorlagenart").SelectOptionAsync("Informationsvorlage");
            await author.GetByRole(AriaRole.Button, new() { Name = "Vorlage wählen" }).ClickAsync();
            await Expect(author.GetByRole(AriaRole.Heading, new() { Name = "Informationsvorlage" })).ToBeVisibleAsync();

            await author.GetByLabel("Titel").FillAsync(title);
            await author.GetByLabel("Datum", new() { Exact = true }).FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await Expect(author.GetByLabel("öffentlich", new() { Exact = true })).ToBeCheckedAsync();
            await author.GetByLabel("Jugendamt", new() { Exact = true }).CheckAsync();
            await author.GetByLabel("Sachverhalt (Markdown)").FillAsync(demo.Sachverhalt);
            await author.GetByLabel("Zeichnung", new() { Exact = false }).FillAsync("gez. i.V. Horn");

            // The advisory sequence, one consultation at a time (each "add" reloads the form).
            await AddConsultationAsync(author, "Dienstberatung OB", officeMeeting);
            await AddConsultationAsync(author, "Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", committeeMeeting);
            var rows = author.Locator("table tbody tr");
            await Expect(rows).ToHaveCountAsync(2);
            await Expect(rows.Nth(0)).ToContainTextAsync("Dienstberatung OB");
            await Expect(rows.Nth(1)).ToContainTextAsync("Ausschuss für Soziales");

            await author.GetByRole(AriaRole.Button, new() { Name = "Entwurf anlegen" }).ClickAsync();
            await author.WaitForURLAsync(new Regex("/Entwuerfe/[0-9a-f-]{36}$"));
            id = BrowserSession.PaperIdFromUrl(author.Url);
            await Expect(author.GetByRole(AriaRole.Heading, new() { Name = "Entwurf bearbeiten" })).ToBeVisibleAsync();
            await Expect(author.GetByLabel("Titel")).ToHaveValueAsync(title);

            await author.GetByRole(AriaRole.Button, new() { Name = "Einreichen" }).ClickAsync();
            await author.WaitForURLAsync($"**/Drucksachen/{id}");
            await Expect(author.Locator(".facts")).ToContainTextAsync("Mitzeichnung");
        }
        finally { await author.CloseAllAsync(); }
        Assert.Equal("cosigning", (await PaperAsync(id)).State);

        // 2. The Jugendamt co-signs from its inbox.
        var cosigner = await fixture.SignInAsync("schmidt");
        try
        {
            await cosigner.GetByRole(AriaRole.Link, new() { Name = "Mitzeichnung", Exact = true }).ClickAsync();
            var task = TaskFor(cosigner, title);
            await Expect(task).ToBeVisibleAsync();
            await task.GetByRole(AriaRole.Button, new() { Name = "Mitzeichnen" }).ClickAsync();
            await Expect(TaskFor(cosigner, title)).ToHaveCountAsync(0);
        }
        finally { await cosigner.CloseAllAsync(); }
        Assert.Equal("release", (await PaperAsync(id)).State);

        // 3. The approver releases it from the release queue: it gets its number and first PDF.
        var approver = await fixture.SignInAsync("horn");
        string number;
        try
        {
            await approver.GetByRole(AriaRole.Link, new() { Name = "Freigabe", Exact = true }).ClickAsync();
            var task = TaskFor(approver, title);
            await Expect(task).ToBeVisibleAsync();
            await task.GetByRole(AriaRole.Button, new() { Name = "Freigeben" }).ClickAsync();
            await Expect(TaskFor(approver, title)).ToHaveCountAsync(0);
            number = (await PaperAsync(id)).Number ?? throw new InvalidOperationException("released without number");
            Assert.Matches(@"^\d{4}/\d{2}$", number);
        }
        finally { await approver.CloseAllAsync(); }

        // 4. The clerk records both outcomes, each from the clerk's overview.
        var clerk = await fixture.SignInAsync("krause");
        try
        {
            foreach (var (body, date) in new[] { ("Dienstberatung OB", officeMeeting), ("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", committeeMeeting) })
            {
                await clerk.GotoAsync("/");
                await clerk.GetByRole(AriaRole.Link, new() { Name = "Sitzungsdienst" }).ClickAsync();
                var row = clerk.Locator("tr").Filter(new() { HasText = number });
                await Expect(row).ToHaveCountAsync(1);
                await Expect(row).ToContainTextAsync(body);
                await Expect(row).ToContainTextAsync(date.ToString("dd.MM.yyyy", German));
                await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Ergebnis erfassen") }).ClickAsync();
                // The address is enough: the form below is awaited by its own locator, and the page's load
                // event may lag far behind on a loaded machine. Not WaitForURL: when the page is there
                // before it is called, it waits for a load state its "commit" option never reaches.
                await Expect(clerk).ToHaveURLAsync(new Regex($"/Drucksachen/{id}#aktionen$"));

                var form = clerk.Locator("#aktionen form").Filter(new() { Has = clerk.GetByRole(AriaRole.Button, new() { Name = "Ergebnis speichern" }) });
                await Expect(form).ToHaveCountAsync(1);
                await form.GetByLabel("Ergebnis", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "zur Kenntnis genommen" });
                // Planned weeks ahead, held today: an outcome before its meeting would be refused.
                await form.GetByLabel("Datum der Sitzung").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                await form.GetByRole(AriaRole.Button, new() { Name = "Ergebnis speichern" }).ClickAsync();
                await Expect(clerk.Locator("ol.timeline li").Filter(new() { HasText = body })).ToContainTextAsync("zur Kenntnis genommen");
            }
            await Expect(clerk.Locator(".facts")).ToContainTextAsync("erledigt");
        }
        finally { await clerk.CloseAllAsync(); }
        Assert.Equal("done", (await PaperAsync(id)).State);

        // 5. A council member downloads the final PDF; it is the stored final version, byte for byte.
        var documents = await fixture.App.Services.GetRequiredService<IPaperReads>().DocumentsAsync(id, CancellationToken.None);
        var final = Assert.Single(documents, d => d.IsFinal);
        var member = await fixture.SignInAsync("becker");
        try
        {
            await member.GotoAsync("/Drucksachen");
            await member.GetByLabel("Suche (Nummer, Titel, Text)").FillAsync(number);
            await member.GetByRole(AriaRole.Button, new() { Name = "Suchen" }).ClickAsync();
            // The unfiltered list shows the paper too: its link must be clicked on the hits, not on the
            // list the search is leaving, or the search's navigation overtakes the click.
            await member.WaitForURLAsync(new Regex(@"/Drucksachen\?(.*&)?q="));
            await member.GetByRole(AriaRole.Link, new() { Name = $"{number}: {title}" }).ClickAsync();
            await member.WaitForURLAsync($"**/Drucksachen/{id}");

            var link = member.GetByRole(AriaRole.Link, new() { Name = final.FileName, Exact = true });
            // The file name opens the PDF in the browser; the link beside it saves it.
            var href = await link.GetAttributeAsync("href");
            var download = await member.RunAndWaitForDownloadAsync(() => member.Locator($"a[href='{href}?herunterladen']").ClickAsync());
            var path = await download.PathAsync();
            var bytes = await File.ReadAllBytesAsync(path);
            Assert.True(bytes.AsSpan().StartsWith("%PDF-"u8), "the download is not a PDF");
            Assert.Equal(final.Size, bytes.LongLength);
            Assert.Equal(final.Sha512, Convert.ToHexStringLower(SHA512.HashData(bytes)));
            Assert.Equal(final.FileName, download.SuggestedFilename);
        }
        finally { await member.CloseAllAsync(); }

        // 6. An anonymous visitor sees the public paper, but a non-public one is not found.
        var hidden = await ReleaseNonPublicPaperAsync();
        var visitor = await fixture.NewPageAsync();
        try
        {
            var shown = await visitor.GotoAsync($"/Drucksachen/{id}");
            Assert.Equal(200, shown!.Status);
            await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
            await Expect(visitor.GetByRole(AriaRole.Link, new() { Name = final.FileName, Exact = true })).ToBeVisibleAsync();

            var notFound = await visitor.GotoAsync($"/Drucksachen/{hidden.Id}");
            Assert.Equal(404, notFound!.Status);
            Assert.DoesNotContain(hidden.Title, await visitor.ContentAsync());

            await visitor.GotoAsync("/Drucksachen?q=" + Uri.EscapeDataString(hidden.Number!));
            await Expect(visitor.GetByRole(AriaRole.Status)).ToHaveTextAsync("Keine Drucksachen gefunden.");
        }
        finally { await visitor.CloseAllAsync(); }

        // ...while the council member of the consulting body does see it.
        var entitled = await fixture.SignInAsync("becker");
        try
        {
            var seen = await entitled.GotoAsync($"/Drucksachen/{hidden.Id}");
            Assert.Equal(200, seen!.Status);
            await Expect(entitled.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(hidden.Title);
        }
        finally { await entitled.CloseAllAsync(); }
    }

    private static async Task AddConsultationAsync(IPage page, string body, DateOnly date)
    {
        await page.GetByLabel("Gremium hinzufügen").SelectOptionAsync(new SelectOptionValue { Label = body });
        await page.GetByLabel("Sitzung am").FillAsync(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Beratung hinzufügen" }).ClickAsync();
        await Expect(page.Locator("table tbody tr").Filter(new() { HasText = body })).ToHaveCountAsync(1);
    }

    // A task section of an inbox (co-signing, release), found by the paper's title.
    private static ILocator TaskFor(IPage page, string title) =>
        page.Locator("section.task").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(Regex.Escape(title) + "$") }) });

    private async Task<Core.Papers.Paper> PaperAsync(Guid id) =>
        await fixture.App.Services.GetRequiredService<IPaperReads>().FindAsync(id.ToString(), CancellationToken.None)
        ?? throw new InvalidOperationException($"paper {id} not found");

    // A released, non-public paper consulted by the Sozialausschuss, made through the use cases
    // (not the pages: only what the visitor sees of it matters here).
    private async Task<Core.Papers.Paper> ReleaseNonPublicPaperAsync()
    {
        var services = fixture.App.Services;
        var meeting = CityDay.Today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var markdown = $"""
            ---
            type: Informationsvorlage
            title: Vertrauliche Personalangelegenheit im Amt für Soziales ({Guid.NewGuid():N})
            lead: Amt für Soziales
            author: mueller
            date: {CityDay.Today:yyyy-MM-dd}
            public: false
            consultations:
              - body: Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung
                date: {meeting}
            ---
            ## Sachverhalt

            Nicht öffentlich.
            """;
        var imported = services.GetRequiredService<MarkdownPaperReader>().Read(markdown, "vertraulich.md");
        var paper = (await services.GetRequiredService<ImportPapers>().ExecuteAsync([imported], new("mueller", "author"), CancellationToken.None))[0];
        var act = services.GetRequiredService<ActOnPaper>();
        await act.ExecuteAsync(paper.Id.ToString(), new ActionInput("submit", "mueller"), CancellationToken.None);
        var released = await act.ExecuteAsync(paper.Id.ToString(), new ActionInput("release", "horn"), CancellationToken.None);
        return released.Paper;
    }

    /// <summary>Title and Sachverhalt of the demo's Drucksache 1803/22 (the file the demo loads).</summary>
    private sealed record DemoPaper(string Title, string Sachverhalt)
    {
        public static DemoPaper Load()
        {
            var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Demo", "drucksache-1803-22.md"));
            var title = Regex.Match(text, "^title: (.+)$", RegexOptions.Multiline).Groups[1].Value.Trim();
            var body = text[(text.IndexOf("## Sachverhalt", StringComparison.Ordinal) + "## Sachverhalt".Length)..];
            var next = body.IndexOf("\n## ", StringComparison.Ordinal);
            return new DemoPaper(title, (next < 0 ? body : body[..next]).Trim());
        }
    }
}
