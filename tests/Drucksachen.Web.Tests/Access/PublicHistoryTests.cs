using System.Net;
using Drucksachen.Web.Tests.Api;

namespace Drucksachen.Web.Tests.Access;

/// <summary>
/// The demo paper 1803/22 (drafted by mueller, co-signed by schmidt with a comment, released by horn,
/// noted by the Dienstberatung OB): the public and council members read its public course in German;
/// staff who work on it read the whole history.
/// </summary>
public sealed class PublicHistoryTests(HiddenPaperFixture app) : IClassFixture<HiddenPaperFixture>
{
    private static readonly string[] Internal =
        ["mueller", "schmidt", "horn", "krause", "Mitgezeichnet für das Jugendamt", "cosigning", "consultation", "dbob", "→", "Mitzeichnung"];

    private async Task<string> DemoIdAsync() => (await app.Anonymous().GetJsonAsync("/api/papers/1803-22")).GetProperty("id").GetString()!;

    public static TheoryData<string> Public => ["anonymous", "becker"];

    [Theory]
    [MemberData(nameof(Public))]
    public async Task The_history_page_shows_the_public_course_without_names_comments_or_states(string who)
    {
        var client = who == "anonymous" ? app.CreateBrowser() : await app.LoginAsync(who);
        var id = await DemoIdAsync();

        foreach (var url in new[] { $"/Drucksachen/{id}/Verlauf", $"/Drucksachen/{id}" })
        {
            var html = await client.GetStringAsync(url);
            var history = html[html.IndexOf("Verlauf", StringComparison.Ordinal)..];
            Assert.Contains("Freigegeben als Informationsvorlage 1803/22", history);
            Assert.Contains("Dienstberatung OB, Sitzung am 20.10.2022: zur Kenntnis genommen", history);
            foreach (var word in Internal) Assert.False(history.Contains(word, StringComparison.Ordinal), $"{who}: {url} shows '{word}'");
        }
    }

    [Theory]
    [MemberData(nameof(Public))]
    public async Task The_api_gives_the_public_the_course_and_no_author(string who)
    {
        var client = who == "anonymous" ? app.Anonymous() : await app.WithTokenAsync(who);

        var history = await client.GetJsonAsync("/api/papers/1803-22/history");
        var detail = await client.GetJsonAsync("/api/papers/1803-22");

        Assert.Equal(["Freigegeben als Informationsvorlage 1803/22", "Dienstberatung OB, Sitzung am 20.10.2022: zur Kenntnis genommen"],
            history.EnumerateArray().Select(e => e.GetProperty("text").GetString()));
        foreach (var word in Internal) Assert.DoesNotContain(word, history.GetRawText());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, detail.GetProperty("author").ValueKind);
    }

    [Theory]
    [InlineData("mueller")]
    [InlineData("schmidt")]
    [InlineData("horn")]
    [InlineData("krause")]
    public async Task Staff_who_work_on_the_paper_read_the_whole_history(string who)
    {
        var page = await (await app.LoginAsync(who)).GetAsync($"/Drucksachen/{await DemoIdAsync()}/Verlauf");
        var history = await (await app.WithTokenAsync(who)).GetJsonAsync("/api/papers/1803-22/history");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Mitgezeichnet für das Jugendamt", await page.Content.ReadAsStringAsync());
        Assert.Equal("mueller", history[0].GetProperty("actor").GetString());
        Assert.Equal("mueller", (await (await app.WithTokenAsync(who)).GetJsonAsync("/api/papers/1803-22")).GetProperty("author").GetString());
    }
}
