using Drucksachen.Core.Import;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Persistence.Sqlite.Tests.TestSupport;
using Drucksachen.Testing;

namespace Drucksachen.Persistence.Sqlite.Tests.Sessions;

public sealed class SqlitePaperSessionTests
{
    // Fewer than an import compacts, so the index is as the session's commit left it.
    private const int Papers = 200;

    [Fact]
    public async Task Commit_OfManyNewPapers_IndexesThemInOnePieceOfEachSearchIndex_NotOnePiecePerPaper()
    {
        Assert.True(Papers < ImportPapers.CompactSearchFrom);
        await using var product = await TestProduct.StartAsync();
        var papers = Enumerable.Range(0, Papers)
            .Select(i =>
            {
                var markdown = PaperMarkdown.Information();
                markdown.Title = $"Quartier Süd {i}";
                return product.Read(markdown.Build(), $"in/{i}.md");
            })
            .ToList();

        await product.ImportAsync(papers);

        using (var connection = PaperRowSql.Open(product.Database.ConnectionString))
            foreach (var table in new[] { "PaperTitles", "PaperWords" })
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"""SELECT count(DISTINCT "segid") FROM "{table}_idx" """;
                Assert.Equal(1L, (long)command.ExecuteScalar()!);
            }
        var clerk = await product.Get<IUserDirectory>().GetAsync(DemoUsers.Clerk, CancellationToken.None);
        var search = product.Get<IPaperSearch>();
        Assert.Equal(Papers, (await search.SearchAsync(new PaperSearch(Text: "Quartier Süd", ReleasedOnly: false), clerk, CancellationToken.None)).Total);
        Assert.Equal(1, (await search.SearchAsync(new PaperSearch(Text: "Quartier Süd 199", ReleasedOnly: false), clerk, CancellationToken.None)).Total);
    }
}
