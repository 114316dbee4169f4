using System.Net;
using Drucksachen.Web.Tests.Api;

namespace Drucksachen.Web.Tests.Access;

/// <summary>
/// Only released public content may be kept by shared caches; everything else is private and not
/// stored, and says that it depends on the caller's cookie and token.
/// </summary>
public sealed class CachingTests(HiddenPaperFixture paper) : IClassFixture<HiddenPaperFixture>
{
    private static void AssertPrivate(HttpResponseMessage response, string what)
    {
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true, Public: false },
            $"{what} ({(int)response.StatusCode}): Cache-Control {response.Headers.CacheControl}");
        Assert.Contains("Cookie", response.Headers.Vary);
        Assert.Contains("Authorization", response.Headers.Vary);
    }

    [Fact]
    public async Task A_public_draft_is_not_publicly_cacheable_for_its_author()
    {
        var cookie = await paper.LoginAsync("schmidt");
        var token = await paper.WithTokenAsync("schmidt");

        var page = await cookie.GetAsync($"/Drucksachen/{paper.DraftId}/Dokumente/1");
        var api = await token.GetAsync($"/api/papers/{paper.DraftId}/documents/1");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        AssertPrivate(page, "the draft's PDF page download");
        AssertPrivate(api, "the draft's PDF from the API");
    }

    [Fact]
    public async Task A_released_public_papers_pdf_is_publicly_cacheable_for_everyone()
    {
        foreach (var client in new[] { paper.CreateBrowser(), await paper.LoginAsync("becker"), await paper.WithTokenAsync("krause") })
        foreach (var url in new[] { "/api/papers/1803-22/documents/1" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl is { Public: true, NoStore: false, MaxAge: not null }, $"{url}: {response.Headers.CacheControl}");
        }
    }

    [Fact]
    public async Task Pages_api_answers_and_errors_that_depend_on_the_caller_are_private()
    {
        var cookie = await paper.LoginAsync("weber");
        var token = await paper.WithTokenAsync("weber");
        foreach (var url in new[] { "/Drucksachen", $"/Drucksachen/{paper.Id}", $"/Drucksachen/{paper.Id}/Verlauf", $"/Drucksachen/{paper.Id}/Dokumente/1", "/Aufgaben" })
            AssertPrivate(await cookie.GetAsync(url), "weber: " + url);
        foreach (var url in new[] { "/api/papers", $"/api/papers/{paper.Id}", $"/api/papers/{paper.Id}/history", $"/api/papers/{paper.Id}/documents/1" })
            AssertPrivate(await token.GetAsync(url), "weber's token: " + url);
        // A 404 for a hidden paper must not be kept either: after sign-in the same URL answers.
        AssertPrivate(await paper.CreateBrowser().GetAsync($"/Drucksachen/{paper.Id}/Dokumente/1"), "anonymous: the hidden PDF");
        AssertPrivate(await paper.Anonymous().GetAsync($"/api/papers/{paper.Id}/documents/1"), "anonymous: the hidden PDF from the API");
    }
}
