using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace Drucksachen.Web.Tests.OParl;

/// <summary>External lists: paging, links, stable order and every filter.</summary>
[Collection(OParlCollection.Name)]
public sealed class OParlListTests(OParlFixture fixture)
{
    private const string Papers = "/oparl/bodies/1/papers";

    [Fact]
    public async Task Pages_cover_the_list_once_in_a_stable_order()
    {
        var all = await GetAsync(Papers);
        var total = all["pagination"]!["totalElements"]!.GetValue<int>();
        var expected = all["data"]!.AsArray().Select(Id).ToList();
        Assert.Equal(total, expected.Count);
        Assert.True(total > 20);

        var seen = new List<string>();
        string? url = Papers + "?limit=7";
        var page = 0;
        while (url is not null)
        {
            var json = await GetAsync(url);
            page++;
            var pagination = json["pagination"]!;
            Assert.Equal(page, pagination["currentPage"]!.GetValue<int>());
            Assert.Equal(7, pagination["elementsPerPage"]!.GetValue<int>());
            Assert.Equal((total + 6) / 7, pagination["totalPages"]!.GetValue<int>());
            var links = json["links"]!;
            Assert.Equal(Absolute(url), links["self"]!.GetValue<string>());
            Assert.Equal("http://localhost/oparl/bodies/1/papers?limit=7", links["first"]!.GetValue<string>());
            if (page > 1) Assert.NotNull(links["prev"]);
            else Assert.Null(links["prev"]);
            seen.AddRange(json["data"]!.AsArray().Select(Id));
            url = links["next"]?.GetValue<string>();
        }
        Assert.Equal(expected, seen);
        Assert.Equal(expected, (await GetAsync(Papers))["data"]!.AsArray().Select(Id).ToList());
    }

    [Fact]
    public async Task Filters_by_created_and_modified_and_keeps_them_in_the_links()
    {
        var papers = (await GetAsync(Papers))["data"]!.AsArray().Select(p => p!.AsObject()).ToList();
        var created = papers.Select(p => Time(p, "created")).Order().ToList();
        var middle = created[created.Count / 2];
        var since = Uri.EscapeDataString(Text(middle));

        await AssertFilter($"created_since={since}", p => Time(p, "created") >= middle);
        await AssertFilter($"created_until={since}", p => Time(p, "created") <= middle);
        var modified = papers.Select(p => Time(p, "modified")).Order().ToList()[papers.Count / 2];
        var mod = Uri.EscapeDataString(Text(modified));
        await AssertFilter($"modified_until={mod}", p => Time(p, "modified") <= modified);
        // modified_since also lists deleted papers; the others match the bound.
        var page = await GetAsync($"{Papers}?modified_since={mod}&limit=2");
        Assert.Contains($"modified_since={mod}", page["links"]!["next"]!.GetValue<string>());
        Assert.Contains("limit=2", page["links"]!["next"]!.GetValue<string>());

        async Task AssertFilter(string query, Func<JsonObject, bool> expected)
        {
            var json = await GetAsync($"{Papers}?{query}");
            var ids = json["data"]!.AsArray().Select(Id).ToList();
            Assert.Equal(papers.Where(expected).Select(p => Id(p)).ToList(), ids);
            Assert.NotEmpty(ids);
            Assert.Contains(query, json["links"]!["self"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task An_unencoded_plus_of_an_offset_is_understood()
    {
        var json = await GetAsync($"{Papers}?created_since=2000-01-01T00:00:00+01:00");
        Assert.NotEmpty(json["data"]!.AsArray());
    }

    [Fact]
    public async Task Omit_internal_leaves_out_embedded_objects()
    {
        var json = await GetAsync($"{Papers}?omit_internal=true");
        foreach (var paper in json["data"]!.AsArray())
        {
            Assert.Null(paper!["consultation"]);
            Assert.Null(paper["mainFile"]);
            Assert.NotNull(paper["name"]);
        }
        var meetings = await GetAsync("/oparl/bodies/1/meetings?omit_internal=true");
        Assert.All(meetings["data"]!.AsArray(), m => Assert.Null(m!["agendaItem"]));
        Assert.Contains("omit_internal=true", meetings["links"]!["self"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_body_list_pages_and_filters()
    {
        var body = await GetAsync("/oparl/bodies/1");
        foreach (var list in new[] { "organization", "person", "meeting", "paper", "agendaItem", "consultation", "file", "locationList", "legislativeTermList", "membership" })
        {
            var url = body[list]!.GetValue<string>();
            var json = await GetAsync(url + "?limit=1");
            Assert.Equal(1, json["pagination"]!["elementsPerPage"]!.GetValue<int>());
            var future = await GetAsync(url + "?created_since=2999-01-01T00:00:00%2B01:00");
            Assert.Empty(future["data"]!.AsArray());
            Assert.Equal(0, future["pagination"]!["totalElements"]!.GetValue<int>());
        }
    }

    [Theory]
    [InlineData("?created_since=gestern")]
    [InlineData("?limit=0")]
    [InlineData("?limit=x")]
    [InlineData("?page=0")]
    public async Task Bad_parameters_are_answered_with_an_error_object(string query)
    {
        using var response = await fixture.Client.GetAsync(Papers + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("https://schema.oparl.org/1.1/Error", json["type"]!.GetValue<string>());
    }

    private async Task<JsonObject> GetAsync(string url)
    {
        using var response = await fixture.Client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    private static string Absolute(string url) => url.StartsWith("http", StringComparison.Ordinal) ? url : "http://localhost" + url;
    private static string Id(JsonNode? o) => o!["id"]!.GetValue<string>();
    private static DateTimeOffset Time(JsonNode o, string name) => DateTimeOffset.Parse(o[name]!.GetValue<string>(), CultureInfo.InvariantCulture);
    private static string Text(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
