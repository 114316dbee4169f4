using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Drucksachen.Persistence;

/// <summary>Opens the database named by a connection string and brings its schema up to date.</summary>
public static class DrucksachenDatabase
{
    public static IDbContextFactory<DrucksachenDbContext> CreateFactory(string connectionString)
    {
        var options = new DbContextOptionsBuilder<DrucksachenDbContext>()
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(DrucksachenDatabase).Assembly.GetName().Name))
            .AddInterceptors(new SqlitePragmas())
            .Options;
        return new PooledDbContextFactory<DrucksachenDbContext>(options);
    }

    /// <summary>Applies the migrations in this assembly that the database lacks.</summary>
    public static async Task MigrateAsync(IDbContextFactory<DrucksachenDbContext> contexts, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
        // Write-ahead logging lets readers work while a writer commits; the setting stays with the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
    }
}
