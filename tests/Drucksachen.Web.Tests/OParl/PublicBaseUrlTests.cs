using System.Text.Json;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.OParl;

/// <summary>Ids and server addresses came from the request's Host header, which any client sets; now from Web:PublicBaseUrl.</summary>
public sealed class PublicBaseUrlTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private async Task<JsonElement> GetWithHostAsync(string url, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = host;
        var response = await app.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task OParl_ids_followed_a_forged_Host_header_and_follow_the_configured_address()
    {
        var system = await GetWithHostAsync("/oparl", "angreifer.example");

        Assert.Equal(WebAppFactory.PublicBaseUrl + "/oparl", system.GetProperty("id").GetString());
        Assert.DoesNotContain("angreifer", system.ToString());
    }

    [Fact]
    public async Task The_OpenAPI_server_followed_a_forged_Host_header_and_follows_the_configured_address()
    {
        var document = await GetWithHostAsync("/api/openapi.json", "angreifer.example");

        var server = Assert.Single(document.GetProperty("servers").EnumerateArray());
        Assert.Equal(WebAppFactory.PublicBaseUrl, server.GetProperty("url").GetString());
    }
}
