using Drucksachen.Core.Import;
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

        await SearchIndexes.ImportTitledAsync(product, ImportPapers.CompactSearchFrom, "Quartier Nord");

        Assert.Equal((1L, 1L), SearchIndexes.Pieces(product));
        Assert.Equal(1, await SearchIndexes.FoundAsync(product, "Quartier Nord 999"));
    }
}
