using Drucksachen.Persistence.Sqlite.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Sqlite.Tests;

/// <summary>An acknowledged commit survives a power loss: the product's connections sync the log at every commit.</summary>
public sealed class SqlitePragmasTests : IDisposable
{
    private readonly StoreDatabaseFile _file = new();

    [Fact]
    public async Task The_products_connections_commit_with_synchronous_FULL()
    {
        var contexts = DrucksachenDatabase.CreateFactory(_file.Location);
        await DrucksachenDatabase.MigrateAsync(contexts, CancellationToken.None);
        await using var db = await contexts.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous";

        // 2 is FULL (1 NORMAL, 3 EXTRA).
        Assert.Equal(2L, await command.ExecuteScalarAsync());
    }

    public void Dispose() => _file.Dispose();
}
