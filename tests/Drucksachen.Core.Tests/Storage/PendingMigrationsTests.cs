using Drucksachen.Persistence;
using Drucksachen.Testing;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Core.Tests.Storage;

/// <summary>
/// Each provider reads the migrations table with its column names given, not found by building a
/// model of it: the applied and pending migrations are still told right on an empty database, a
/// migrated one and one a migration short.
/// </summary>
public class PendingMigrationsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task OnAnEmptyDatabase_EveryMigrationIsPending()
    {
        using var database = TestDatabase.CreateEmpty();
        await using var db = await DrucksachenDatabase.CreateFactory(DatabaseLocation.From(database.Settings)).CreateDbContextAsync(None);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetPendingMigrationsAsync(None));
    }

    [Fact]
    public async Task OnAMigratedDatabase_NoneIsPending_AndOneRemovedIsNamed()
    {
        await using var product = await TestProduct.StartAsync();
        await using var db = await product.Get<IDbContextFactory<DrucksachenDbContext>>().CreateDbContextAsync(None);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(None));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(None));

        using (var connection = product.Database.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = (SELECT MIN("MigrationId") FROM "__EFMigrationsHistory")""";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        Assert.Equal([db.Database.GetMigrations().First()], await db.Database.GetPendingMigrationsAsync(None));
    }
}
