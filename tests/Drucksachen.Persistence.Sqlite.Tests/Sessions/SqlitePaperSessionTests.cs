using Drucksachen.Core.Import;
using Drucksachen.Persistence.Sqlite.Tests.TestSupport;
using Drucksachen.Testing;

namespace Drucksachen.Persistence.Sqlite.Tests.Sessions;

public sealed class SqlitePaperSessionTests
{
    [Fact]
    public async Task Commit_OfManyNewPapers_IndexesThemInOnePieceOfEachSearchIndex_NotOnePiecePerPaper()
    {
        // Fewer than an import compacts, so the indexes are as the session's commit left them.
        const int papers = 200;
        Assert.True(papers < ImportPapers.CompactSearchFrom);
        await using var product = await TestProduct.StartAsync();

        await SearchIndexes.ImportTitledAsync(product, papers, "Quartier Süd");

        Assert.Equal((1L, 1L), SearchIndexes.Pieces(product));
        Assert.Equal(papers, await SearchIndexes.FoundAsync(product, "Quartier Süd"));
        Assert.Equal(1, await SearchIndexes.FoundAsync(product, "Quartier Süd 199"));
    }
}
