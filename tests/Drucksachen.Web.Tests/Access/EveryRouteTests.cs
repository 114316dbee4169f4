using System.Net;
using System.Text.RegularExpressions;
using Drucksachen.Web.Tests.Api;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Access;

/// <summary>
/// Walks every route the application maps (pages, API, OParl, downloads; taken from its endpoint
/// list, so a new route is walked without changing this test) with every method it takes, as
/// everyone who must not reach the hidden papers of <see cref="HiddenPaperFixture"/>: anonymous
/// visitors, a council member of another body and an author of another office, each by cookie and
/// by API token. No answer may mention the papers, and no route addressed to one may succeed.
/// </summary>
public sealed partial class EveryRouteTests(HiddenPaperFixture paper) : IClassFixture<HiddenPaperFixture>
{
    public static TheoryData<string> Outsiders =>
        ["anonymous", "becker by cookie", "becker by token", "wagner by cookie", "wagner by token"];

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task No_route_tells_an_outsider_anything_about_a_hidden_paper(string who)
    {
        var client = await paper.ClientAsync(who);
        var walked = 0;
        foreach (var (method, url, addressesPaper) in await RequestsAsync())
        {
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
            var text = await response.Content.ReadAsStringAsync();
            var headers = string.Join("\n", response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(",", h.Value)}"));
            // An answer may repeat what the caller sent (a 404 names the reference looked for, a
            // redirect to the sign-in the page asked for), nothing else of the paper.
            var answer = url.Split('/').Where(part => part.Length >= 8)
                .Aggregate(text + "\n" + headers, (all, sent) => all.Replace(sent, "", StringComparison.OrdinalIgnoreCase));
            Assert.False(HiddenPaperFixture.Mentions(answer, paper), $"{who}: {method} {url} ({(int)response.StatusCode}) mentions a hidden paper: {text}\n{headers}");
            if (addressesPaper)
                Assert.False(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotModified,
                    $"{who}: {method} {url} answered {(int)response.StatusCode}: {text}");
            walked++;
        }
        Assert.True(walked > 100, $"only {walked} requests were walked");
    }

    [Fact]
    public async Task The_walk_covers_pages_api_oparl_and_downloads()
    {
        var urls = (await RequestsAsync()).Select(r => r.Url).ToList();

        foreach (var expected in new[]
                 {
                     $"/Drucksachen/{paper.Id}", $"/Drucksachen/{paper.Id}/Verlauf", $"/Drucksachen/{paper.Id}/Dokumente/1", $"/Entwuerfe/{paper.DraftId}",
                     $"/api/papers/{paper.UrlNumber}/history", $"/api/papers/{paper.DraftId}/documents/1", $"/oparl/papers/{paper.Id}",
                 })
        {
            Assert.Contains(expected, urls);
        }
        Assert.Contains(urls, u => u.StartsWith("/oparl/files/", StringComparison.Ordinal) && u.EndsWith("/download", StringComparison.Ordinal));
    }

    /// <summary>Every mapped route with its parameters filled by values that reach the hidden papers (and a few others).</summary>
    private async Task<List<(string Method, string Url, bool AddressesPaper)>> RequestsAsync()
    {
        var oparlBody = (await paper.Anonymous().GetJsonAsync("/oparl/bodies")).GetProperty("data")[0].GetProperty("id").GetString()!.Split('/')[^1];
        var values = new Dictionary<string, string[]>
        {
            ["id"] = [paper.Id, paper.DraftId, paper.UrlNumber, paper.Id.Replace("-", "")[..8], .. paper.PartIds],
            ["version"] = ["1"],
            ["number"] = ["N1", "oe1"],
            ["action"] = ["record", "submit", "cosign"],
            ["tokenId"] = [Guid.NewGuid().ToString()],
            ["code"] = ["404"],
            ["key"] = [oparlBody, "jha", "weber"],
            ["nummer"] = ["SAG-001-2026", paper.UrlNumber],
            ["fassung"] = ["oeffentlich", "mitglieder"],
            ["secret"] = ["dsk_unbekannt"],
            ["list"] = ["papers", "meetings", "agenda-items", "consultations", "files", "organizations", "persons", "memberships"],
        };
        var requests = new List<(string, string, bool)>();
        foreach (var endpoint in paper.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            foreach (var url in Fill(pattern, values))
            foreach (var method in methods.Where(m => m != "HEAD" && m != "OPTIONS"))
                requests.Add((method, url, Parameter().Matches(pattern).Any(m => m.Groups["name"].Value == "id") && AddressesHiddenPaper(url)));
        }
        return requests;
    }

    private bool AddressesHiddenPaper(string url) =>
        new[] { paper.Id, paper.DraftId, paper.UrlNumber, paper.Id.Replace("-", "")[..8] }.Concat(paper.PartIds).Any(url.Contains);

    private static IEnumerable<string> Fill(string pattern, IReadOnlyDictionary<string, string[]> values)
    {
        var match = Parameter().Match(pattern);
        if (!match.Success)
        {
            yield return pattern;
            yield break;
        }
        var name = match.Groups["name"].Value;
        if (!values.TryGetValue(name, out var candidates))
            throw new Xunit.Sdk.XunitException($"{pattern}: no values for route parameter {{{name}}}; teach this test");
        foreach (var value in candidates)
        foreach (var url in Fill(pattern[..match.Index] + value + pattern[(match.Index + match.Length)..], values))
            yield return url;
    }


    [GeneratedRegex(@"\{\*{0,2}(?<name>\w+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();
}
