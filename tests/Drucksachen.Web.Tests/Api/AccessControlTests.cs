using System.Net;
using System.Text.Json;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Api;

/// <summary>
/// A non-public paper of the Jugendhilfeausschuss must not reach anyone who is not entitled to it,
/// by any route: its page, every API endpoint (those listed in the OpenAPI document included),
/// lists, searches and counts. Not entitled means 404, as if it did not exist.
/// </summary>
public sealed class AccessControlTests(HiddenPaperFixture paper) : IClassFixture<HiddenPaperFixture>
{
    public static TheoryData<string> Outsiders => ["anonymous", "becker"];

    public static TheoryData<string> Entitled => ["weber", "krause"];

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Every_API_route_to_the_paper_is_a_404_for_outsiders(string who)
    {
        var client = await ClientAsync(who);
        foreach (var url in PaperUrls())
        {
            var response = await client.GetAsync(url);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{who}: GET {url} gave {(int)response.StatusCode}: {text}");
            Assert.DoesNotContain(paper.Word, text);
        }
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Outsiders_cannot_act_on_the_paper_or_render_it_and_learn_nothing_from_trying(string who)
    {
        if (who == "anonymous") return; // anonymous callers are refused with 401 before any paper is looked at
        var client = await ClientAsync(who);

        foreach (var response in new[]
                 {
                     await client.ActAsync(paper.Id, "record", new { outcome = "approved" }),
                     await client.ActAsync(paper.UrlNumber, "withdraw"),
                     await client.PostAsync($"/api/papers/{paper.Id}/documents", null),
                 })
        {
            await ApiClients.ProblemAsync(response, HttpStatusCode.NotFound);
        }
    }

    [Theory]
    [MemberData(nameof(Entitled))]
    public async Task Every_API_route_to_the_paper_answers_its_entitled_readers(string who)
    {
        var client = await ClientAsync(who);
        foreach (var url in PaperUrls())
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{who}: GET {url} gave {(int)response.StatusCode}");
        }
        var detail = await client.GetJsonAsync($"/api/papers/{paper.Id}");
        Assert.Equal(paper.Title, detail.GetProperty("title").GetString());
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Lists_searches_and_totals_leave_the_paper_out_for_outsiders(string who)
    {
        var client = await ClientAsync(who);
        foreach (var query in ListQueries())
        {
            var page = await client.GetJsonAsync("/api/papers" + query);
            Assert.DoesNotContain(page.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetString() == paper.Id);
            Assert.False(HiddenPaperFixture.Mentions(page.GetRawText(), paper), $"{who}: /api/papers{query} mentions the paper");
        }
        Assert.Equal(0, (await client.GetJsonAsync($"/api/papers?q={paper.Word}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await client.GetJsonAsync($"/api/papers?q={paper.UrlNumber.Replace('-', '/')}&type=Beschlussvorlage")).GetProperty("total").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Entitled))]
    public async Task Lists_searches_and_totals_show_the_paper_to_entitled_readers(string who)
    {
        var client = await ClientAsync(who);

        var page = await client.GetJsonAsync($"/api/papers?q={paper.Word}");

        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(paper.Id, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Totals_count_the_paper_only_for_entitled_readers()
    {
        var anonymous = await TotalAsync(await ClientAsync("anonymous"), "?body=jha");
        var becker = await TotalAsync(await ClientAsync("becker"), "?body=jha");
        var weber = await TotalAsync(await ClientAsync("weber"), "?body=jha");

        Assert.Equal(anonymous, becker);
        Assert.True(weber >= anonymous + 1, $"weber counts {weber}, anonymous {anonymous}");
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Every_GET_endpoint_of_the_OpenAPI_document_hides_the_paper_from_outsiders(string who)
    {
        var client = await ClientAsync(who);
        var (withPaper, withoutParameters) = await OpenApiGetsAsync();
        Assert.NotEmpty(withPaper);
        foreach (var url in withPaper)
        {
            var response = await client.GetAsync(url);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{who}: GET {url} (from the OpenAPI document) gave {(int)response.StatusCode}: {text}");
        }
        foreach (var url in withoutParameters)
        {
            var response = await client.GetAsync(url);
            var text = await response.Content.ReadAsStringAsync();
            Assert.False(HiddenPaperFixture.Mentions(text, paper), $"{who}: GET {url} (from the OpenAPI document) mentions the paper: {text}");
        }
    }

    [Theory]
    [MemberData(nameof(Entitled))]
    public async Task Every_GET_endpoint_of_the_OpenAPI_document_answers_entitled_readers(string who)
    {
        var client = await ClientAsync(who);
        var (withPaper, _) = await OpenApiGetsAsync();
        foreach (var url in withPaper)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{who}: GET {url} (from the OpenAPI document) gave {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_paper_page_is_a_404_for_anonymous_visitors_and_members_of_other_bodies()
    {
        var anonymous = paper.CreateBrowser();
        var becker = await paper.LoginAsync("becker");
        foreach (var (who, client) in new[] { ("anonymous", anonymous), ("becker", becker) })
        {
            foreach (var url in new[] { $"/Drucksachen/{paper.Id}", $"/Drucksachen/{paper.UrlNumber}" })
            {
                var response = await client.GetAsync(url);
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{who}: GET {url} gave {(int)response.StatusCode}");
                Assert.DoesNotContain(paper.Word, text);
            }
        }
    }

    [Fact]
    public async Task The_paper_page_answers_a_council_member_of_the_body()
    {
        var weber = await paper.LoginAsync("weber");

        var response = await weber.GetAsync($"/Drucksachen/{paper.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(paper.Word, await response.Content.ReadAsStringAsync());
    }

    private IEnumerable<string> PaperUrls()
    {
        foreach (var reference in new[] { paper.Id, paper.Id.Replace("-", "")[..8], paper.UrlNumber, Uri.EscapeDataString(paper.Number) })
        {
            yield return $"/api/papers/{reference}";
            yield return $"/api/papers/{reference}/history";
            yield return $"/api/papers/{reference}/documents";
            yield return $"/api/papers/{reference}/documents/1";
        }
    }

    private IEnumerable<string> ListQueries() =>
    [
        "", "?pageSize=100", "?body=jha", "?body=Jugendhilfeausschuss", "?type=Beschlussvorlage&pageSize=100",
        $"?q={paper.Word}", "?q=Kinderschutzfall", "?q=Betreuungsplätze", $"?q={Uri.EscapeDataString(paper.Number)}",
        "?state=consultation", $"?year=20{paper.Number[^2..]}",
    ];

    private static async Task<int> TotalAsync(HttpClient client, string query) =>
        (await client.GetJsonAsync("/api/papers" + query)).GetProperty("total").GetInt32();

    /// <summary>
    /// The GET paths of the OpenAPI document: those with path parameters filled with the paper's
    /// id, short id or number and document version 1, and those without parameters.
    /// </summary>
    private async Task<(List<string> WithPaper, List<string> WithoutParameters)> OpenApiGetsAsync()
    {
        var document = await paper.Anonymous().GetJsonAsync("/api/openapi.json");
        var withPaper = new List<string>();
        var without = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out _)) continue;
            if (!path.Name.Contains('{'))
            {
                without.Add(path.Name);
                continue;
            }
            // Routes of other resources (meetings) take their own ids; their access is tested with them (MeetingsApiTests).
            if (!path.Name.StartsWith("/api/papers/", StringComparison.Ordinal)) continue;
            foreach (var reference in new[] { paper.Id, paper.UrlNumber })
            {
                var url = System.Text.RegularExpressions.Regex.Replace(path.Name, @"\{(\w+)\}", m => m.Groups[1].Value switch
                {
                    "id" => reference,
                    "version" => "1",
                    var other => throw new Xunit.Sdk.XunitException($"{path.Name}: no value for path parameter {{{other}}}; teach this test"),
                });
                withPaper.Add(url);
            }
        }
        return (withPaper, without);
    }

    private async Task<HttpClient> ClientAsync(string who) => who == "anonymous" ? paper.Anonymous() : await paper.WithTokenAsync(who);
}
