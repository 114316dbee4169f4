using Microsoft.Playwright;

namespace Drucksachen.Web.Tests.Browser;

/// <summary>Chromium reaches the application on Kestrel at all: the start page leads to the papers list.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserSmokeTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Start_page_shows_the_public_papers_list_with_the_demo_paper()
    {
        var page = await fixture.NewPageAsync();
        try
        {
            var response = await page.GotoAsync("/");
            Assert.NotNull(response);
            Assert.Equal(200, response!.Status);
            Assert.EndsWith("/Drucksachen", new Uri(page.Url).AbsolutePath);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Drucksachen");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "1803/22:" })).ToBeVisibleAsync();
        }
        finally { await page.Context.CloseAsync(); }
    }
}
