using Drucksachen.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drucksachen.Web.Tests.Browser;

/// <summary>
/// A form with an error says so in German, naming the field as the form labels it, and shows again
/// what was entered; no English detail of the error reaches the browser.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FormMessagesBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Clerks_outcome_form_keeps_what_was_entered_and_names_the_missing_field_in_German()
    {
        var demo = (await fixture.App.Services.GetRequiredService<IPaperReads>().FindAsync("1803/22", CancellationToken.None))!;
        var clerk = await fixture.SignInAsync("krause");
        try
        {
            await clerk.GotoAsync($"/Drucksachen/{demo.Id}#aktionen");
            var form = clerk.Locator("#aktionen form").Filter(new() { Has = clerk.GetByRole(AriaRole.Button, new() { Name = "Ergebnis speichern" }) });
            await form.GetByLabel("Ergebnis", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "vertagt" });
            await form.GetByLabel("mit Stimmenzahl (unten)").CheckAsync();
            await form.GetByLabel("Ja-Stimmen", new() { Exact = true }).FillAsync("10");
            await form.GetByLabel("Nein-Stimmen", new() { Exact = true }).FillAsync("2");
            await form.GetByLabel("Enthaltungen", new() { Exact = true }).FillAsync("1");
            await form.GetByLabel("Bemerkung").FillAsync("Unterlagen werden nachgereicht.");
            await form.GetByRole(AriaRole.Button, new() { Name = "Ergebnis speichern" }).ClickAsync();

            var alert = clerk.Locator(".alert--error");
            await Expect(alert).ToHaveTextAsync("„Nächster Sitzungstermin“: Beim Ergebnis „vertagt“ fehlt der Termin der Sitzung, die die Drucksache wieder aufnimmt.");
            await Expect(form.GetByLabel("Nächster Sitzungstermin")).ToBeVisibleAsync();
            await Expect(form.GetByLabel("Ergebnis", new() { Exact = true }).Locator("option:checked")).ToHaveTextAsync("vertagt");
            await Expect(form.GetByLabel("mit Stimmenzahl (unten)")).ToBeCheckedAsync();
            await Expect(form.GetByLabel("Ja-Stimmen", new() { Exact = true })).ToHaveValueAsync("10");
            await Expect(form.GetByLabel("Nein-Stimmen", new() { Exact = true })).ToHaveValueAsync("2");
            await Expect(form.GetByLabel("Enthaltungen", new() { Exact = true })).ToHaveValueAsync("1");
            await Expect(form.GetByLabel("Bemerkung")).ToHaveValueAsync("Unterlagen werden nachgereicht.");
            await clerk.KeepScreenshotAsync("sitzungsdienst-ergebnis-nach-fehler");

            // A bad next date is named the same way, and the vote still stands.
            await form.GetByLabel("Nächster Sitzungstermin").FillAsync("2020-01-01");
            await form.GetByRole(AriaRole.Button, new() { Name = "Ergebnis speichern" }).ClickAsync();
            await Expect(alert).ToContainTextAsync("„Nächster Sitzungstermin“: Der 01.01.2020 liegt nicht nach der Sitzung vom");
            await Expect(form.GetByLabel("Nächster Sitzungstermin")).ToHaveValueAsync("2020-01-01");
            await Expect(form.GetByLabel("Ja-Stimmen", new() { Exact = true })).ToHaveValueAsync("10");
            Assert.Equal(demo.Version, (await fixture.App.Services.GetRequiredService<IPaperReads>().FindAsync("1803/22", CancellationToken.None))!.Version);
        }
        finally { await clerk.CloseAllAsync(); }
    }

    [Fact]
    public async Task Draft_form_without_title_asks_for_it_in_German_and_keeps_the_text()
    {
        var page = await fixture.SignInAsync("mueller");
        try
        {
            await page.GotoAsync("/Entwuerfe/Neu?typ=Informationsvorlage");
            await page.GetByLabel("Sachverhalt (Markdown)").FillAsync("Ein langer Text, der nicht verloren gehen darf.");
            await page.GetByLabel("Jugendamt", new() { Exact = true }).CheckAsync();
            // The browser's own check for required fields is not what is tested here.
            await page.Locator("form.form").EvaluateAsync("f => f.noValidate = true");
            await page.GetByRole(AriaRole.Button, new() { Name = "Entwurf anlegen" }).ClickAsync();

            await Expect(page.Locator(".alert--error")).ToHaveTextAsync("Bitte füllen Sie „Titel“ aus.");
            await Expect(page.GetByLabel("Sachverhalt (Markdown)")).ToHaveValueAsync("Ein langer Text, der nicht verloren gehen darf.");
            await Expect(page.GetByLabel("Jugendamt", new() { Exact = true })).ToBeCheckedAsync();
        }
        finally { await page.CloseAllAsync(); }
    }

    [Fact]
    public async Task Search_with_one_hit_says_1_Drucksache_and_a_vote_with_one_abstention_says_1_Enthaltung()
    {
        var page = await fixture.NewPageAsync();
        try
        {
            await page.GotoAsync("/Drucksachen?q=1803%2F22");
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 Drucksache gefunden");
        }
        finally { await page.CloseAllAsync(); }
        Assert.Equal("12 Ja, 3 Nein, 1 Enthaltung", global::Drucksachen.Web.Features.Papers.Labels.Vote("12/3/1"));
        Assert.Equal("30 Ja, 5 Nein, 2 Enthaltungen", global::Drucksachen.Web.Features.Papers.Labels.Vote("30/5/2"));
        Assert.Equal("einstimmig", global::Drucksachen.Web.Features.Papers.Labels.Vote("einstimmig"));
    }
}
