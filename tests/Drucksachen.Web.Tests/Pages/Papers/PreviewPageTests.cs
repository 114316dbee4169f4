using System.Net;
using Drucksachen.Web.Tests.Api;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Pages.Papers;

/// <summary>/Drucksachen/{id}/Vorschau: the approver reads the PDF before release; who may not see the paper gets 404.</summary>
public sealed class PreviewPageTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task The_approver_gets_a_PDF_of_a_paper_waiting_for_release_and_the_release_queue_links_it()
    {
        var id = await WaitingForReleaseAsync();
        var horn = await app.LoginAsync("horn");

        var queue = await horn.GetStringAsync("/Freigabe");
        var preview = await horn.GetAsync($"/Drucksachen/{id}/Vorschau");

        Assert.Contains($"href=\"/Drucksachen/{id}/Vorschau\"", queue);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("application/pdf", preview.Content.Headers.ContentType?.MediaType);
        Assert.True((await preview.Content.ReadAsByteArrayAsync()).AsSpan().StartsWith("%PDF-"u8));
        // A preview is nobody's to cache: not the browser's, not a shared proxy's.
        Assert.True(preview.Headers.CacheControl is { NoStore: true, Private: true }, $"Cache-Control: {preview.Headers.CacheControl}");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("becker")] // council member: sees papers only once released
    [InlineData("wagner")] // author of an office not involved
    public async Task Whoever_may_not_see_the_unreleased_paper_gets_404(string? user)
    {
        var id = await WaitingForReleaseAsync();
        var client = user is null ? app.CreateBrowser() : await app.LoginAsync(user);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Drucksachen/{id}/Vorschau")).StatusCode);
    }

    [Fact]
    public async Task A_released_paper_has_no_preview_but_its_stored_PDFs()
    {
        var id = await WaitingForReleaseAsync();
        await (await app.WithTokenAsync("horn")).ActOkAsync(id, "release");

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync("horn")).GetAsync($"/Drucksachen/{id}/Vorschau")).StatusCode);
    }

    private async Task<string> WaitingForReleaseAsync()
    {
        var schmidt = await app.WithTokenAsync("schmidt");
        var id = await schmidt.ImportOkAsync(ApiPapers.Beschlussvorlage("Vorschau " + Guid.NewGuid().ToString("N")[..8], isPublic: false));
        await schmidt.ActOkAsync(id, "submit");
        await (await app.WithTokenAsync("mueller")).ActOkAsync(id, "cosign");
        return id;
    }
}
