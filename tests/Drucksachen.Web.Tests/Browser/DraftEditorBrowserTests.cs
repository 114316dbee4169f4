using System.Text.RegularExpressions;
using Drucksachen.Core.Storage;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drucksachen.Web.Tests.Browser;

/// <summary>The author's draft editor: nothing typed is lost, and row commands keep the reader's place.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DraftEditorBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Einreichen_saves_what_was_typed_before_submitting()
    {
        var (id, _) = await fixture.CreateAsync();
        var page = await fixture.SignInAsync("mueller");
        try
        {
            await page.GotoAsync($"/Entwuerfe/{id}");
            var typed = $"Nicht gespeicherter Titel ({Guid.NewGuid():N})";
            await page.GetByLabel("Titel").FillAsync(typed);
            await page.GetByLabel("Sachverhalt (Markdown)").FillAsync("Ein Absatz, der nur getippt, nicht gespeichert wurde.");

            await page.GetByRole(AriaRole.Button, new() { Name = "Einreichen", Exact = true }).ClickAsync();

            await page.WaitForURLAsync($"**/Drucksachen/{id}");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(typed);
            var paper = await fixture.App.Services.GetRequiredService<IPaperReads>().FindAsync(id.ToString(), CancellationToken.None);
            Assert.Equal(typed, paper!.Title);
            Assert.Equal("Ein Absatz, der nur getippt, nicht gespeichert wurde.", paper.Sections["sachverhalt"]);
            Assert.Equal("cosigning", paper.State);
        }
        finally { await page.CloseAllAsync(); }
    }

    [Fact]
    public async Task Moving_adding_and_removing_a_consultation_keep_the_readers_place()
    {
        var (id, _) = await fixture.CreateAsync();
        var page = await fixture.SignInAsync("mueller");
        try
        {
            await page.SetViewportSizeAsync(1280, 720);
            await page.GotoAsync($"/Entwuerfe/{id}");

            await Expect(page.Locator("#beratung-1")).ToContainTextAsync("Dienstberatung OB");
            await page.Locator("#beratung-1").GetByRole(AriaRole.Button, new() { Name = "nach unten" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/Entwuerfe/[0-9a-f-]{36}#beratung-2$"));
            await Expect(page.Locator("#beratung-2")).ToContainTextAsync("Dienstberatung OB");
            await ExpectInViewAsync(page, "#beratung-2");

            await page.GetByLabel("Gremium hinzufügen").SelectOptionAsync(new SelectOptionValue { Label = "Stadtrat" });
            await page.GetByLabel("Sitzung am").FillAsync(CityDay.Today.AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Beratung hinzufügen" }).ClickAsync();
            await Expect(page.Locator("#beratung-3")).ToContainTextAsync("Stadtrat");
            Assert.EndsWith("#beratungsfolge", page.Url);
            await ExpectInViewAsync(page, "#beratungsfolge");

            await page.Locator("#beratung-3").GetByRole(AriaRole.Button, new() { Name = "entfernen" }).ClickAsync();
            await Expect(page.Locator("#beratung-3")).ToHaveCountAsync(0);
            Assert.EndsWith("#beratungsfolge", page.Url);
            await ExpectInViewAsync(page, "#beratungsfolge");
        }
        finally { await page.CloseAllAsync(); }
    }

    // The element's top is on screen and the page is not at its top (the form is taller than the window).
    private static async Task ExpectInViewAsync(IPage page, string selector)
    {
        var place = await page.EvaluateAsync<double[]>(
            "s => { const r = document.querySelector(s).getBoundingClientRect(); return [r.top, window.scrollY, window.innerHeight]; }", selector);
        var (top, scrolled, height) = (place[0], place[1], place[2]);
        Assert.True(scrolled > 0, $"{selector}: the page stayed at its top");
        Assert.InRange(top, -1, height);
    }
}
