using Drucksachen.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Drucksachen.Web.Tests.Browser;

/// <summary>A paper's PDF opens in the browser; the separate link downloads it; HEAD is answered.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PdfBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Pdf_link_opens_inline_and_the_download_link_saves_the_file()
    {
        var demo = (await fixture.App.Services.GetRequiredService<IPaperReads>().FindAsync("1803/22", CancellationToken.None))!;
        var page = await fixture.NewPageAsync();
        try
        {
            await page.GotoAsync($"/Drucksachen/{demo.Id}");
            var documents = page.Locator("section[aria-labelledby=dokumente-titel]");
            var open = documents.GetByRole(AriaRole.Link, new() { Name = "Drucksache-1803-22-v1.pdf", Exact = true });
            var href = await open.GetAttributeAsync("href");
            Assert.Null(await open.GetAttributeAsync("download"));

            var shown = await page.APIRequest.GetAsync(href!);
            Assert.Equal(200, shown.Status);
            Assert.Equal("application/pdf", shown.Headers["content-type"]);
            Assert.StartsWith("inline", shown.Headers["content-disposition"]);

            var head = await page.APIRequest.HeadAsync(href!);
            Assert.Equal(200, head.Status);
            Assert.Equal(shown.Headers["content-length"], head.Headers["content-length"]);
            Assert.Empty(await head.BodyAsync());

            var download = await page.RunAndWaitForDownloadAsync(() =>
                documents.Locator($"a[href='{href}?herunterladen']").ClickAsync());
            Assert.Equal("Drucksache-1803-22-v1.pdf", download.SuggestedFilename);
        }
        finally { await page.CloseAllAsync(); }
    }
}
