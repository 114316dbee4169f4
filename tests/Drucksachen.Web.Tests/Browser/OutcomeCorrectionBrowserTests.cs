using System.Text.RegularExpressions;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drucksachen.Web.Tests.Browser;

/// <summary>
/// "Ergebnis berichtigen": the clerk recorded "beschlossen" where the Stadtrat rejected the paper,
/// corrects it on the paper's page or from the clerk's desk (/Sitzungsdienst), and the public history
/// shows the correction next to the entry it corrects, both kept.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OutcomeCorrectionBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_wrong_decision_is_corrected_and_the_public_history_shows_the_correction()
    {
        var paper = await fixture.DecisionAsync("Berichtigter Beschluss", committeeInDays: -9, councilInDays: -2);
        var clerk = await fixture.SignInAsync("krause");
        try
        {
            await clerk.GotoAsync($"/Drucksachen/{paper.Id}");
            await clerk.RecordOutcomeAsync("empfohlen");
            await Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("Erledigt");
            await clerk.RecordOutcomeAsync("beschlossen");
            await Expect(clerk.Locator(".facts")).ToContainTextAsync("beschlossen");

            var form = clerk.Locator("#aktionen form").Filter(new() { Has = clerk.GetByRole(AriaRole.Heading, new() { Name = "Ergebnis berichtigen" }) });
            await Expect(form).ToContainTextAsync($"Erfasst für Stadtrat am {ReleasedPapers.German(-2)}: beschlossen");
            await Expect(form.GetByLabel("Richtiges Ergebnis")).ToHaveValueAsync("approved");
            await form.GetByLabel("Richtiges Ergebnis").SelectOptionAsync(new SelectOptionValue { Label = "abgelehnt" });
            await form.GetByLabel("mit Stimmenzahl (unten)").CheckAsync();
            await form.GetByLabel("Ja-Stimmen", new() { Exact = true }).FillAsync("10");
            await form.GetByLabel("Nein-Stimmen", new() { Exact = true }).FillAsync("25");
            await form.GetByLabel("Enthaltungen").FillAsync("2");
            await form.GetByLabel("Grund der Berichtigung").FillAsync("Ergebnis der Abstimmung falsch übertragen");
            await form.GetByRole(AriaRole.Button, new() { Name = "Berichtigung speichern" }).ClickAsync();

            await Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("Erledigt. Neuer Stand der Drucksache: abgelehnt.");
            await Expect(clerk.Locator(".facts")).ToContainTextAsync("abgelehnt");
        }
        finally { await clerk.CloseAllAsync(); }

        var stored = await fixture.App.Services.GetRequiredService<IPaperReads>().FindAsync(paper.Id.ToString(), CancellationToken.None);
        Assert.Equal(("rejected", "10/25/2"), (stored!.State, stored.Consultations[1].Vote));
        var history = await fixture.App.Services.GetRequiredService<IPaperReads>().HistoryAsync(paper.Id, CancellationToken.None);
        var wrong = history.Single(e => e.Action == "record" && e.Details.Contains("\"approved\"", StringComparison.Ordinal));
        var correction = history.Single(e => e.Action == "correct");
        var documents = await fixture.App.Services.GetRequiredService<IPaperReads>().DocumentsAsync(paper.Id, CancellationToken.None);
        Assert.Equal(2, documents.Count(d => d.IsFinal));

        var staff = await fixture.SignInAsync("krause");
        try
        {
            await staff.GotoAsync($"/Drucksachen/{paper.Id}/Verlauf");
            var rows = staff.Locator("tbody tr");
            // Oldest first, one row per entry.
            var corrected = rows.Nth(wrong.Sequence - 1);
            await Expect(corrected).ToContainTextAsync("Ergebnis: beschlossen");
            await Expect(corrected).ToContainTextAsync($"berichtigt durch Eintrag Nr. {correction.Sequence}");
            var row = rows.Filter(new() { HasText = "Berichtigung des Beratungsergebnisses" });
            await Expect(row).ToContainTextAsync("Ergebnis: abgelehnt");
            await Expect(row).ToContainTextAsync($"berichtigt Eintrag Nr. {wrong.Sequence} (Ergebnis war: beschlossen; SHA-256 {wrong.Hash[..16]}…)");
            await Expect(row).ToContainTextAsync("Bemerkung: Ergebnis der Abstimmung falsch übertragen");
        }
        finally { await staff.CloseAllAsync(); }

        var visitor = await fixture.NewPageAsync();
        try
        {
            // The public course keeps the wrong outcome and names the correction, without the internal reason.
            await visitor.GotoAsync($"/Drucksachen/{paper.Id}/Verlauf");
            var rows = visitor.Locator("tbody tr");
            await Expect(rows.Filter(new() { HasText = "Stadtrat" }).First).ToContainTextAsync("beschlossen");
            await Expect(rows.Filter(new() { HasText = "Berichtigung: Stadtrat" })).ToContainTextAsync("abgelehnt");
            await Expect(visitor.Locator("main")).Not.ToContainTextAsync("falsch übertragen");
            await visitor.KeepScreenshotAsync("public-history-with-correction");
        }
        finally { await visitor.CloseAllAsync(); }
    }

    [Fact]
    public async Task A_wrong_decision_is_corrected_from_the_clerks_desk()
    {
        var paper = await fixture.DecisionAsync("Am Schreibtisch berichtigt", committeeInDays: -9, councilInDays: -2);
        var act = fixture.App.Services.GetRequiredService<ActOnPaper>();
        await act.ExecuteAsync(paper.Id.ToString(), new ActionInput("record", "krause", Outcome: "recommended"), CancellationToken.None);
        await act.ExecuteAsync(paper.Id.ToString(), new ActionInput("record", "krause", Outcome: "approved"), CancellationToken.None);
        var clerk = await fixture.SignInAsync("krause");
        try
        {
            await clerk.GetByRole(AriaRole.Link, new() { Name = "Sitzungsdienst" }).ClickAsync();
            var entry = Recorded(clerk, paper.Title);
            await Expect(entry).ToContainTextAsync($"Stadtrat am {ReleasedPapers.German(-2)}: beschlossen");
            await entry.Locator("summary").ClickAsync();
            var form = entry.Locator("form");
            await Expect(form.GetByLabel("Richtiges Ergebnis")).ToHaveValueAsync("approved");
            await form.GetByLabel("Richtiges Ergebnis").SelectOptionAsync(new SelectOptionValue { Label = "abgelehnt" });
            await form.GetByLabel("Grund der Berichtigung").FillAsync("Ergebnis der Abstimmung falsch übertragen");
            await clerk.KeepScreenshotAsync("clerks-desk-correction");
            await form.GetByRole(AriaRole.Button, new() { Name = "Berichtigung speichern" }).ClickAsync();

            await Expect(clerk).ToHaveURLAsync(new Regex("/Sitzungsdienst$"));
            await Expect(clerk.GetByRole(AriaRole.Status)).ToHaveTextAsync("Erledigt. Neuer Stand der Drucksache: abgelehnt.");
            await Expect(Recorded(clerk, paper.Title)).ToContainTextAsync($"Stadtrat am {ReleasedPapers.German(-2)}: abgelehnt");
        }
        finally { await clerk.CloseAllAsync(); }
        var stored = await fixture.App.Services.GetRequiredService<IPaperReads>().FindAsync(paper.Id.ToString(), CancellationToken.None);
        Assert.Equal("rejected", stored!.State);
    }

    // A paper's entry among the clerk's recently recorded outcomes.
    private static ILocator Recorded(IPage page, string title) =>
        page.Locator("section[aria-labelledby=erfasst] section.task").Filter(new() { HasText = title });
}
