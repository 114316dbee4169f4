using System.Net.Http.Json;
using Drucksachen.Web.Tests.Api;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Pages;

/// <summary>
/// A search whose word is in more papers than a search counts (1,000): the list says that there
/// are more, pages as far as it counted, and the API says the same; with a filter that leaves
/// fewer, the count is exact again.
/// </summary>
public sealed class ManyHitsSearchTests(ManyHitsFixture app) : IClassFixture<ManyHitsFixture>
{
    [Fact]
    public async Task List_CountsUpTo1000_SaysThereAreMore_AndPagesThatFar()
    {
        var browser = app.CreateBrowser();
        var first = await browser.GetStringAsync("/Drucksachen?q=" + ManyHitsFixture.Word);
        Assert.Contains("Mehr als 1.000 Drucksachen gefunden, angezeigt 1 bis 25.", first);
        Assert.Contains("Seite 1 von 40", first);
        Assert.Contains($"Massenvorlage {ManyHitsFixture.Papers - 1}<", first); // newest number first

        var last = await browser.GetStringAsync($"/Drucksachen?q={ManyHitsFixture.Word}&seite=40");
        Assert.Contains("angezeigt 976 bis 1.000.", last);
        Assert.Contains($"Massenvorlage {ManyHitsFixture.Papers - 1000}<", last);
        Assert.DoesNotContain("Nächste Seite", last);
        Assert.Contains("Mehr als 1.000 Drucksachen gefunden, keine auf Seite 41.",
            await browser.GetStringAsync($"/Drucksachen?q={ManyHitsFixture.Word}&seite=41"));

        var narrowed = await browser.GetStringAsync($"/Drucksachen?q={ManyHitsFixture.Word}+{ManyHitsFixture.Sparse}");
        Assert.Contains($"{ManyHitsFixture.Papers / 100 + 1} Drucksachen gefunden, angezeigt 1 bis 11.", narrowed);
    }

    [Fact]
    public async Task Api_CountsUpTo1000_AndSaysThereAreMore()
    {
        var client = app.Anonymous();
        var page = await client.GetJsonAsync($"/api/papers?q={ManyHitsFixture.Word}&page=10&pageSize=100");
        Assert.Equal((1000, true, 100), (page.GetProperty("total").GetInt32(), page.GetProperty("moreThanTotal").GetBoolean(),
            page.GetProperty("items").GetArrayLength()));
        Assert.Equal(0, (await client.GetJsonAsync($"/api/papers?q={ManyHitsFixture.Word}&page=11&pageSize=100")).GetProperty("items").GetArrayLength());
        var exact = await client.GetJsonAsync($"/api/papers?q={ManyHitsFixture.Word}+{ManyHitsFixture.Sparse}");
        Assert.Equal((11, false), (exact.GetProperty("total").GetInt32(), exact.GetProperty("moreThanTotal").GetBoolean()));
    }
}

/// <summary>
/// The demo database plus 1,001 public papers holding <see cref="Word"/>, every hundredth also
/// <see cref="Sparse"/>. They are imported in one request and then released by SQL, each with a
/// number whose sequence is its index: taking 1,001 papers through the workflow would test nothing
/// more here.
/// </summary>
public sealed class ManyHitsFixture : WebAppFactory, IAsyncLifetime
{
    public const int Papers = 1001;
    public const string Word = "Massenwort";
    public const string Sparse = "selten";
    private const string Title = "Massenvorlage ";

    public async Task InitializeAsync()
    {
        var schmidt = await this.WithTokenAsync("schmidt");
        var papers = Enumerable.Range(0, Papers).Select(i => new
        {
            name = $"p{i}.md",
            markdown = ApiPapers.Beschlussvorlage(Title + i, sachverhalt: i % 100 == 0 ? $"{Word} {Sparse}." : $"{Word}."),
        });
        var response = await schmidt.PostAsJsonAsync("/api/papers", new { papers });
        response.EnsureSuccessStatusCode();

        using var connection = Database.OpenConnection();
        using var command = connection.CreateCommand();
        // The index is what the title has after the common part.
        var index = $"""substr("Title", {Title.Length + 1})""";
        command.CommandText = $"""
            UPDATE "Papers" SET "ReleasedAt" = '2030-01-11T08:00:00.0000000Z', "State" = 'consultation',
                "NumberSeries" = 'M', "NumberYear" = 2030, "NumberSequence" = CAST({index} AS INTEGER),
                "Number" = 'M' || {index} || '/30'
            WHERE "Title" LIKE '{Title}%'
            """;
        Assert.Equal(Papers, command.ExecuteNonQuery());
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
