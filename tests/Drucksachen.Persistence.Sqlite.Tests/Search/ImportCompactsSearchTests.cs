using Drucksachen.Core.Import;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Persistence.Sqlite.Tests.TestSupport;
using Drucksachen.Testing;

namespace Drucksachen.Persistence.Sqlite.Tests.Search;

/// <summary>A large import ends by merging the FTS5 indexes into one piece each.</summary>
public sealed class ImportCompactsSearchTests
{
    [Fact]
    public async Task Import_OfManyPapers_LeavesEachSearchIndexInOnePiece_AndFindsThem()
    {
        await using var product = await TestProduct.StartAsync();
        var papers = Enumerable.Range(0, ImportPapers.CompactSearchFrom)
            .Select(i =>
            {
                var markdown = PaperMarkdown.Information();
                markdown.Title = $"Quartier Nord {i}";
                return product.Read(markdown.Build(), $"in/{i}.md");
            })
            .ToList();

        await product.ImportAsync(papers);

        using var connection = PaperRowSql.Open(product.Database.ConnectionString);
        foreach (var table in new[] { "PaperTitles", "PaperWords" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""SELECT count(DISTINCT "segid") FROM "{table}_idx" """;
            Assert.Equal(1L, (long)command.ExecuteScalar()!);
        }
        var found = await product.Get<IPaperSearch>().SearchAsync(
            new PaperSearch(Text: "Quartier Nord 999", ReleasedOnly: false),
            await product.Get<IUserDirectory>().GetAsync(DemoUsers.Clerk, CancellationToken.None), CancellationToken.None);
        Assert.Equal(1, found.Total);
    }
}
