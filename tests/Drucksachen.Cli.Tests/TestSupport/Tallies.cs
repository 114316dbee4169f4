using Drucksachen.Persistence;
using Drucksachen.Persistence.Transfer;
using Drucksachen.Testing;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Cli.Tests.TestSupport;

/// <summary>Every table of the model in a test database, with its rows and checksum, as the product counts them.</summary>
public static class Tallies
{
    public static async Task<IReadOnlyList<(string Table, long Rows, string Checksum)>> OfAsync(TestDatabase database)
    {
        var tallies = await OfAsync(database.Settings);
        database.ReleaseConnections();
        return tallies;
    }

    /// <inheritdoc cref="OfAsync(TestDatabase)"/>
    public static Task<IReadOnlyList<(string Table, long Rows, string Checksum)>> OfAsync(DatabaseSettings database) =>
        DatabaseTransfer.TallyAsync(DrucksachenDatabase.CreateFactory(DatabaseLocation.From(database)), CancellationToken.None);

    /// <summary>The tables of the product's model, by name.</summary>
    public static IReadOnlyList<string> ModelTables(TestDatabase database)
    {
        using var db = DrucksachenDatabase.CreateFactory(DatabaseLocation.From(database.Settings)).CreateDbContext();
        return db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
