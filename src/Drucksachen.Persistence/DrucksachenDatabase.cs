using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Drucksachen.Persistence;

/// <summary>Opens the database of a <see cref="DatabaseLocation"/> and brings its schema up to date.</summary>
public static class DrucksachenDatabase
{
    public static IDbContextFactory<DrucksachenDbContext> CreateFactory(DatabaseLocation location)
    {
        var builder = new DbContextOptionsBuilder<DrucksachenDbContext>();
        location.Provider.Configure(builder, location.ConnectionString);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new DatabaseProviderExtension(location.Provider));
        builder.ReplaceService<IModelCacheKeyFactory, ProviderModelCacheKeyFactory>();
        return new PooledDbContextFactory<DrucksachenDbContext>(builder.Options);
    }

    /// <summary>
    /// Applies the provider's migrations that the database lacks. Asking what is pending reads the
    /// migrations table only; EF's migrating also takes its migration lock and asks for the right to
    /// change the schema, which every start would pay for (and the application's role on PostgreSQL
    /// does not have): so only when something is pending.
    /// </summary>
    public static async Task MigrateAsync(IDbContextFactory<DrucksachenDbContext> contexts, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0) await db.Provider.MigrateAsync(db, pending, ct);
    }
}
