using System.Globalization;
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
/// Each role's daily work in the browser: sending back with a reason the author reads, the approver
/// deciding with deadline, urgency and a PDF preview, a withdrawal that asks to be confirmed, and
/// menus and messages that fit the role and what happened.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DailyFlowsBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Sent_back_papers_carry_a_reason_to_the_author_and_the_approver_decides_with_deadline_urgency_and_preview()
    {
        // A meeting in three days: the regular notice period is missed, so the paper is urgent.
        var title = $"Schulsozialarbeit am Roten Berg ({Guid.NewGuid():N})"[..48];
        var id = await ImportAsync(title, cosigners: "[Jugendamt]", meetingInDays: 3);
        await ActAsync(id, "submit", "mueller");

        // The Jugendamt sends it back from its inbox, with a reason; its button is not the co-signing one.
        var cosigner = await fixture.SignInAsync("schmidt");
        try
        {
            await cosigner.GetByRole(AriaRole.Link, new() { Name = "Mitzeichnung", Exact = true }).ClickAsync();
            var task = TaskFor(cosigner, title);
            await Expect(task.GetByRole(AriaRole.Button, new() { Name = "Mitzeichnen" })).Not.ToHaveClassAsync(new Regex("button--secondary"));
            var back = task.GetByRole(AriaRole.Button, new() { Name = "Zurückgeben" });
            await Expect(back).ToHaveClassAsync(new Regex("button--secondary"));
            await task.GetByLabel(new Regex("^Begründung")).FillAsync("Die Fallzahlen des Jugendamts fehlen.");
            await back.ClickAsync();
            await Expect(TaskFor(cosigner, title)).ToHaveCountAsync(0);
        }
        finally { await cosigner.CloseAllAsync(); }
        Assert.Equal("draft", (await PaperAsync(id)).State);

        // The author reads the reason in "Meine Aufgaben" (where withdrawing is not offered) and on the draft.
        var author = await fixture.SignInAsync("mueller");
        try
        {
            await author.GetByRole(AriaRole.Link, new() { Name = "Meine Aufgaben" }).ClickAsync();
            var task = TaskFor(author, title);
            await Expect(task.Locator(".given-reason")).ToContainTextAsync("Zurückgeben durch schmidt (Jugendamt)");
            await Expect(task.Locator(".given-reason")).ToContainTextAsync("Die Fallzahlen des Jugendamts fehlen.");
            await Expect(task.GetByText("Zurückziehen")).ToHaveCountAsync(0);
            await author.GotoAsync($"/Entwuerfe/{id}");
            await Expect(author.Locator(".given-reason")).ToContainTextAsync("Die Fallzahlen des Jugendamts fehlen.");
        }
        finally { await author.CloseAllAsync(); }

        await ActAsync(id, "submit", "mueller");
        await ActAsync(id, "cosign", "schmidt");

        // The approver sees deadline and urgency, previews the PDF, and sends back only with a reason.
        var approver = await fixture.SignInAsync("horn");
        try
        {
            await approver.GetByRole(AriaRole.Link, new() { Name = "Freigabe", Exact = true }).ClickAsync();
            var task = TaskFor(approver, title);
            await Expect(task).ToContainTextAsync("Dringlichkeitsvorlage (Regelfrist versäumt)");
            await Expect(task).ToContainTextAsync("Freigabefrist: bis");
            await Expect(task).ToContainTextAsync("als Dringlichkeitsvorlage bis");

            var preview = await approver.APIRequest.GetAsync(await task.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Vorschau") }).GetAttributeAsync("href") ?? "");
            Assert.Equal(200, preview.Status);
            Assert.Equal("application/pdf", preview.Headers["content-type"]);
            Assert.True((await preview.BodyAsync()).AsSpan().StartsWith("%PDF-"u8));

            await Expect(task.GetByRole(AriaRole.Button, new() { Name = "Freigeben" })).Not.ToHaveClassAsync(new Regex("button--secondary"));
            var backForm = task.Locator("form.task-form--back");
            await Expect(backForm.GetByRole(AriaRole.Button, new() { Name = "Zurückgeben" })).ToHaveClassAsync(new Regex("button--secondary"));
            await Expect(backForm.GetByRole(AriaRole.Button, new() { Name = "Freigeben" })).ToHaveCountAsync(0);

            // The browser asks for the reason; without the browser's check the server refuses too.
            await backForm.GetByRole(AriaRole.Button, new() { Name = "Zurückgeben" }).ClickAsync();
            Assert.True(await backForm.GetByLabel(new Regex("^Begründung")).EvaluateAsync<bool>("field => field.validity.valueMissing"));
            await backForm.EvaluateAsync("form => form.noValidate = true");
            await backForm.GetByRole(AriaRole.Button, new() { Name = "Zurückgeben" }).ClickAsync();
            await Expect(approver.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
                "„Begründung“: Für „Zurückgeben“ ist eine Begründung nötig; die Verfasserin oder der Verfasser bekommt sie zu sehen.");
            Assert.Equal("release", (await PaperAsync(id)).State);

            await approver.GotoAsync("/Freigabe");
            task = TaskFor(approver, title);
            await task.GetByLabel(new Regex("^Begründung")).FillAsync("Bitte die Kosten für 2027 ergänzen.");
            await task.GetByRole(AriaRole.Button, new() { Name = "Zurückgeben" }).ClickAsync();
            await Expect(TaskFor(approver, title)).ToHaveCountAsync(0);
        }
        finally { await approver.CloseAllAsync(); }
        Assert.Equal("draft", (await PaperAsync(id)).State);

        var again = await fixture.SignInAsync("mueller");
        try
        {
            await again.GotoAsync($"/Drucksachen/{id}");
            await Expect(again.Locator(".given-reason")).ToContainTextAsync("Zurückgeben durch horn (Freigabe)");
            await Expect(again.Locator(".given-reason")).ToContainTextAsync("Bitte die Kosten für 2027 ergänzen.");
        }
        finally { await again.CloseAllAsync(); }
    }

    [Fact]
    public async Task Withdrawal_asks_for_a_reason_and_a_confirmation()
    {
        var title = $"Zurückzuziehende Vorlage ({Guid.NewGuid():N})"[..44];
        var id = await ImportAsync(title, cosigners: "[]", meetingInDays: 30);
        var author = await fixture.SignInAsync("mueller");
        try
        {
            await author.GotoAsync($"/Drucksachen/{id}");
            var withdraw = author.Locator("details.task-form--final");
            await withdraw.Locator("summary").ClickAsync();
            var form = withdraw.Locator("form");
            await form.GetByLabel(new Regex("^Begründung")).FillAsync("Der Sachverhalt hat sich erledigt.");

            // Not confirmed: the browser asks; without its check the server refuses and keeps the paper.
            await form.GetByRole(AriaRole.Button, new() { Name = "Zurückziehen" }).ClickAsync();
            Assert.True(await form.GetByRole(AriaRole.Checkbox).EvaluateAsync<bool>("box => box.validity.valueMissing"));
            await form.EvaluateAsync("form => form.noValidate = true");
            await form.GetByRole(AriaRole.Button, new() { Name = "Zurückziehen" }).ClickAsync();
            await Expect(author.GetByRole(AriaRole.Alert)).ToContainTextAsync("Bitte bestätigen Sie „Zurückziehen“");
            Assert.Equal("draft", (await PaperAsync(id)).State);

            await author.Locator("details.task-form--final summary").ClickAsync();
            form = author.Locator("details.task-form--final form");
            await form.GetByLabel(new Regex("^Begründung")).FillAsync("Der Sachverhalt hat sich erledigt.");
            await form.GetByRole(AriaRole.Checkbox).CheckAsync();
            await form.GetByRole(AriaRole.Button, new() { Name = "Zurückziehen" }).ClickAsync();
            await Expect(author.GetByRole(AriaRole.Status)).ToContainTextAsync("Neuer Stand der Drucksache: zurückgezogen");
            await Expect(author.Locator(".given-reason")).ToContainTextAsync("Der Sachverhalt hat sich erledigt.");
        }
        finally { await author.CloseAllAsync(); }
        Assert.Equal("withdrawn", (await PaperAsync(id)).State);
    }

    [Fact]
    public async Task Menus_fit_the_role_the_council_member_starts_at_their_bodies_and_messages_say_what_happened()
    {
        foreach (var user in new[] { "horn", "krause" })
        {
            var page = await fixture.SignInAsync(user);
            try
            {
                await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" }).GetByRole(AriaRole.Link, new() { Name = "Mitzeichnung", Exact = true })).ToHaveCountAsync(0);
            }
            finally { await page.CloseAllAsync(); }
        }

        var member = await fixture.SignInAsync("becker");
        try
        {
            await member.GotoAsync("/");
            await Expect(member.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Meine Gremien");
            await Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Stadtrat", Exact = true })).ToBeVisibleAsync();
            await Expect(member.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" }).GetByRole(AriaRole.Link, new() { Name = "Meine Aufgaben" })).ToHaveCountAsync(0);
        }
        finally { await member.CloseAllAsync(); }

        // No office co-signs: "Zur Mitzeichnung geben" takes the paper straight to release, and the message says so.
        var title = $"Ohne Mitzeichnung ({Guid.NewGuid():N})"[..36];
        var id = await ImportAsync(title, cosigners: "[]", meetingInDays: 30);
        var author = await fixture.SignInAsync("mueller");
        try
        {
            await author.GotoAsync($"/Drucksachen/{id}");
            await author.GetByRole(AriaRole.Button, new() { Name = "Zur Mitzeichnung geben" }).ClickAsync();
            var status = author.GetByRole(AriaRole.Status);
            await Expect(status).ToContainTextAsync("Neuer Stand der Drucksache: Freigabe");
            await Expect(status).Not.ToContainTextAsync("Mitzeichnung");
        }
        finally { await author.CloseAllAsync(); }
    }

    // A task section of an inbox, found by the paper's title.
    private static ILocator TaskFor(IPage page, string title) =>
        page.Locator("section.task").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(Regex.Escape(title) + "$") }) });

    private async Task<Guid> ImportAsync(string title, string cosigners, int meetingInDays)
    {
        var services = fixture.App.Services;
        var meeting = CityDay.Today.AddDays(meetingInDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var markdown = $"""
            ---
            type: Beschlussvorlage
            title: {title}
            lead: Amt für Soziales
            author: mueller
            date: {CityDay.Today:yyyy-MM-dd}
            public: true
            cosigners: {cosigners}
            consultations:
              - body: Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung
                date: {meeting}
                role: Entscheidung
            ---
            ## Beschlussvorschlag

            Der Ausschuss beschließt die Fortführung der Schulsozialarbeit.

            ## Sachverhalt

            Die Förderung läuft aus.
            """;
        var imported = services.GetRequiredService<MarkdownPaperReader>().Read(markdown, "vorlage.md");
        return (await services.GetRequiredService<ImportPapers>().ExecuteAsync([imported], new("mueller", "author"), CancellationToken.None))[0].Id;
    }

    private Task ActAsync(Guid id, string action, string user) =>
        fixture.App.Services.GetRequiredService<ActOnPaper>().ExecuteAsync(id.ToString(), new ActionInput(action, user), CancellationToken.None);

    private async Task<Core.Papers.Paper> PaperAsync(Guid id) =>
        await fixture.App.Services.GetRequiredService<IPaperReads>().FindAsync(id.ToString(), CancellationToken.None)
        ?? throw new InvalidOperationException($"paper {id} not found");
}
