using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Drucksachen.Web.Tests.OParl;

/// <summary>Files with conditional GET, CORS, HEAD, error objects, no cookies; and no non-public data anywhere.</summary>
[Collection(OParlCollection.Name)]
public sealed class OParlHttpTests(OParlFixture fixture)
{
    [Fact]
    public async Task Files_answer_conditional_gets_with_304()
    {
        var file = (await ListAsync("/oparl/bodies/1/files"))[0];
        var access = file["accessUrl"]!.GetValue<string>();
        using var first = await fixture.Client.GetAsync(access);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var tag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var byTag = new HttpRequestMessage(HttpMethod.Get, access);
        byTag.Headers.IfNoneMatch.Add(tag);
        using var notModified = await fixture.Client.SendAsync(byTag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, notModified.Headers.ETag);

        using var byDate = new HttpRequestMessage(HttpMethod.Get, file["downloadUrl"]!.GetValue<string>());
        byDate.Headers.IfModifiedSince = lastModified;
        using var notModifiedEither = await fixture.Client.SendAsync(byDate);
        Assert.Equal(HttpStatusCode.NotModified, notModifiedEither.StatusCode);

        using var otherTag = new HttpRequestMessage(HttpMethod.Get, access);
        otherTag.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"anders\""));
        using var modified = await fixture.Client.SendAsync(otherTag);
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
        Assert.Equal(file["size"]!.GetValue<long>(), (await modified.Content.ReadAsByteArrayAsync()).LongLength);

        using var older = new HttpRequestMessage(HttpMethod.Get, access);
        older.Headers.IfModifiedSince = lastModified.AddDays(-1);
        using var changedSince = await fixture.Client.SendAsync(older);
        Assert.Equal(HttpStatusCode.OK, changedSince.StatusCode);
    }

    [Theory]
    [InlineData("/oparl")]
    [InlineData("/oparl/bodies/1/papers")]
    [InlineData("/oparl/gibt-es-nicht")]
    public async Task Head_is_answered_like_get_with_cors_and_without_cookies(string url)
    {
        using var get = await fixture.Client.GetAsync(url);
        using var head = await fixture.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal((await get.Content.ReadAsByteArrayAsync()).LongLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        foreach (var response in new[] { get, head })
        {
            Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
            Assert.False(response.Headers.Contains("Set-Cookie"));
        }
    }

    [Fact]
    public async Task Head_of_a_file_sends_its_headers_only()
    {
        var file = (await ListAsync("/oparl/bodies/1/files"))[0];
        using var head = await fixture.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, file["downloadUrl"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(file["size"]!.GetValue<long>(), head.Content.Headers.ContentLength);
        Assert.Equal("attachment", head.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/oparl/gibt-es-nicht", HttpStatusCode.NotFound)]
    [InlineData("/oparl/papers/00000000-0000-0000-0000-000000000001", HttpStatusCode.NotFound)]
    [InlineData("/oparl/meetings/00000000-0000-0000-0000-000000000001", HttpStatusCode.NotFound)]
    [InlineData("/oparl/bodies/2", HttpStatusCode.NotFound)]
    [InlineData("/oparl/bodies/1/papers?page=999", HttpStatusCode.NotFound)]
    public async Task Errors_are_oparl_error_objects(string url, HttpStatusCode status)
    {
        using var response = await fixture.Client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("https://schema.oparl.org/1.1/Error", json["type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(json["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Writing_is_refused_with_an_error_object()
    {
        using var response = await fixture.Client.PostAsync("/oparl/bodies/1/papers", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("https://schema.oparl.org/1.1/Error", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Non_public_and_unreleased_papers_are_absent_everywhere()
    {
        var crawl = await fixture.CrawlAsync(checkFiles: false);
        // Also the lists with deleted objects, and the pages of the papers' own URLs.
        var extra = new List<string>();
        foreach (var url in new[]
                 {
                     "/oparl/bodies/1/papers?limit=1000&modified_since=2000-01-01T00:00:00%2B01:00",
                     "/oparl/bodies/1/files?limit=1000&modified_since=2000-01-01T00:00:00%2B01:00",
                     $"/oparl/papers/{fixture.NonPublicId}", $"/oparl/papers/{fixture.DraftId}",
                 })
        {
            using var response = await fixture.Client.GetAsync(url);
            extra.Add(await response.Content.ReadAsStringAsync());
            if (url.Contains(fixture.NonPublicId.ToString(), StringComparison.Ordinal) || url.Contains(fixture.DraftId.ToString(), StringComparison.Ordinal))
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        var everything = string.Join("\n", crawl.Bodies.Concat(extra));

        foreach (var secret in new[] { OParlFixture.NonPublicTitle, "QXZ-7", OParlFixture.DraftTitle, "QXZ-11" })
            Assert.DoesNotContain(secret, everything);
        foreach (var id in new[] { fixture.NonPublicId, fixture.DraftId })
        {
            Assert.DoesNotContain(id.ToString(), everything.Replace($"/oparl/papers/{id}", "", StringComparison.Ordinal));
            Assert.DoesNotContain(id.ToString("N"), everything);
        }
        // Nor their consultations or files.
        var store = fixture.Get<Drucksachen.Core.Storage.IPaperReads>();
        foreach (var id in new[] { fixture.NonPublicId, fixture.DraftId })
        {
            var paper = (await store.FindAsync(id.ToString(), CancellationToken.None))!;
            foreach (var c in paper.Consultations) Assert.DoesNotContain(c.Id.ToString(), everything);
            foreach (var d in await store.DocumentsAsync(id, CancellationToken.None))
            {
                Assert.DoesNotContain(d.Id.ToString(), everything);
                using var content = await fixture.Client.GetAsync($"/oparl/files/{d.Id}/access");
                Assert.Equal(HttpStatusCode.NotFound, content.StatusCode);
            }
        }
    }

    [Fact]
    public async Task A_signed_in_council_member_still_sees_public_data_only()
    {
        var client = await fixture.Factory.LoginAsync("becker");
        using var response = await client.GetAsync("/oparl/bodies/1/papers?limit=1000");
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(OParlFixture.NonPublicTitle, text);
    }

    private async Task<List<JsonObject>> ListAsync(string url)
    {
        using var response = await fixture.Client.GetAsync(url);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!.AsArray().Select(o => o!.AsObject()).ToList();
    }
}
