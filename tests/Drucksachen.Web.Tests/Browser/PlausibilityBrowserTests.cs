using System.Text.RegularExpressions;
using Drucksachen.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drucksachen.Web.Tests.Browser;

/// <summary>
/// Implausible input refused in the browser with a German message naming the field as the form
/// labels it: an outcome before the meeting, a deferral past the decision without the confirmation,
/// a draft planned into the past, "Beratung hinzufügen" without a body.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlausibilityBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Beschlossen_for_a_meeting_still_to_come_is_refused_naming_Datum_der_Sitzung()
    {
        var paper = await fixture.DecisionAsync("Beschluss vor der Sitzung", committeeInDays: -2, councilInDays: 30);
        var clerk = await fixture.SignInAsync("krause");
        try
        {
            await clerk.GotoAsync($"/Drucksachen/{paper.Id}");
            await clerk.RecordOutcomeAsync("empfohlen");
            await Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("Erledigt");

            await clerk.RecordOutcomeAsync("beschlossen");

            await Expect(clerk.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
                $"„Datum der Sitzung“: Die Sitzung am {ReleasedPapers.German(30)} hat noch nicht stattgefunden. Ein Ergebnis kann erst ab dem Sitzungstag erfasst werden.");
            await clerk.KeepScreenshotAsync("outcome-form-after-error");
            Assert.Equal("consultation", (await StoredAsync(paper.Id)).State);
        }
        finally { await clerk.CloseAllAsync(); }
    }

    [Fact]
    public async Task A_deferral_past_the_decision_is_taken_only_with_the_confirmation_ticked()
    {
        var paper = await fixture.DecisionAsync("Vertagung über die Entscheidung hinaus", committeeInDays: -2, councilInDays: 10);
        var clerk = await fixture.SignInAsync("krause");
        try
        {
            await clerk.GotoAsync($"/Drucksachen/{paper.Id}");
            await clerk.RecordOutcomeAsync("vertagt", form => form.GetByLabel("Nächster Sitzungstermin").FillAsync(ReleasedPapers.Day(20)));

            await Expect(clerk.GetByRole(AriaRole.Alert)).ToContainTextAsync(
                $"„Nächster Sitzungstermin“: Der Termin {ReleasedPapers.German(20)} liegt nach der Entscheidung im Gremium Stadtrat am {ReleasedPapers.German(10)}.");
            await Expect(clerk.GetByRole(AriaRole.Alert)).ToContainTextAsync("Häkchen „Termin nach der Entscheidung bestätigen“");
            await clerk.KeepScreenshotAsync("deferral-needs-confirmation");
            Assert.Null((await StoredAsync(paper.Id)).Consultations[0].Outcome);

            await clerk.RecordOutcomeAsync("vertagt", async form =>
            {
                await form.GetByLabel("Nächster Sitzungstermin").FillAsync(ReleasedPapers.Day(20));
                await form.GetByLabel("Termin nach der Entscheidung bestätigen").CheckAsync();
            });

            await Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("Erledigt");
            var stored = await StoredAsync(paper.Id);
            Assert.Equal(["deferred", null, null], stored.Consultations.Select(c => c.Outcome));
            Assert.Equal(ReleasedPapers.Today.AddDays(20), stored.Consultations[1].Date);
        }
        finally { await clerk.CloseAllAsync(); }
    }

    [Fact]
    public async Task Beratung_hinzufuegen_without_a_body_says_why_and_a_past_meeting_is_refused()
    {
        var author = await fixture.SignInAsync("mueller");
        try
        {
            await author.GotoAsync("/Entwuerfe/Neu?typ=Beschlussvorlage");
            await author.GetByLabel("Titel").FillAsync("Planung in die Vergangenheit");
            await author.GetByLabel("Sitzung am").FillAsync(ReleasedPapers.Day(-7));

            await author.GetByRole(AriaRole.Button, new() { Name = "Beratung hinzufügen" }).ClickAsync();

            await Expect(author.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
                "„Gremium hinzufügen“: Bitte wählen Sie ein Gremium aus; es wurde keine Beratung hinzugefügt.");
            await Expect(author.GetByLabel("Titel")).ToHaveValueAsync("Planung in die Vergangenheit");
            await Expect(author.GetByLabel("Sitzung am")).ToHaveValueAsync(ReleasedPapers.Day(-7));

            await author.GetByLabel("Gremium hinzufügen").SelectOptionAsync(new SelectOptionValue { Label = "Stadtrat" });
            await author.GetByLabel("Beratung", new() { Exact = true }).SelectOptionAsync("Entscheidung");
            await author.GetByRole(AriaRole.Button, new() { Name = "Beratung hinzufügen" }).ClickAsync();
            await Expect(author.Locator("table tbody tr").Filter(new() { HasText = "Stadtrat" })).ToHaveCountAsync(1);

            await author.GetByRole(AriaRole.Button, new() { Name = "Entwurf anlegen" }).ClickAsync();

            await Expect(author.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
                $"„Beratungsfolge, Zeile 1: Sitzung“: Die Sitzung am {ReleasedPapers.German(-7)} liegt in der Vergangenheit. Bitte planen Sie eine künftige Sitzung.");
            Assert.Matches(new Regex("/Entwuerfe/Neu"), author.Url);
        }
        finally { await author.CloseAllAsync(); }
    }

    private async Task<Core.Papers.Paper> StoredAsync(Guid id) =>
        await fixture.App.Services.GetRequiredService<IPaperReads>().FindAsync(id.ToString(), CancellationToken.None)
        ?? throw new InvalidOperationException($"paper {id} not found");
}
