using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Persistence.Sqlite.Configurations;
using Drucksachen.Persistence.Sqlite.Search;
using Drucksachen.Persistence.Sqlite.Sessions;
using Drucksachen.Persistence.Sqlite.Stores;
using Drucksachen.Persistence.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Persistence.Sqlite;

/// <summary>The embedded default: one SQLite file, its migrations in this assembly, FTS5 search and the prepared paper sessions.</summary>
public sealed class SqliteDatabaseProvider : IDatabaseProvider
{
    public string Name => DatabaseProviders.Sqlite;

    public string? DefaultConnectionString() => SqliteDatabaseFile.DefaultConnectionString();

    public string Describe(string connectionString) => SqliteDatabaseFile.PathOf(connectionString);

    public void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteDatabaseProvider).Assembly.GetName().Name))
            .AddInterceptors(new SqlitePragmas());

    public void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        // Stored as sortable UTC text so SQLite can compare and order them.
        conventions.Properties<DateTimeOffset>().HaveConversion<UtcTextConverter>();
        conventions.Properties<DateTimeOffset?>().HaveConversion<UtcTextConverter>();
    }

    public IOrderedQueryable<Paper> InListOrder(IQueryable<Paper> papers) => papers.InListOrder();

    public string? ViolatedConstraint(Exception error) => SqliteConstraint.Violated(error);

    public async Task MigrateAsync(DrucksachenDbContext db, IReadOnlyList<string> pending, CancellationToken ct)
    {
        await db.Database.MigrateAsync(ct);
        // Write-ahead logging lets readers work while a writer commits; the setting stays with the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
    }

    public void AddStores(IServiceCollection services)
    {
        services.AddSingleton<PaperSessions>();
        services.AddSingleton<IPaperSessions>(sp => sp.GetRequiredService<PaperSessions>());
        services.AddSingleton<IPaperSearch, SqlitePaperSearch>();
        services.AddSingleton<ISearchMaintenance, SqliteSearchMaintenance>();
        services.AddSingleton<IHistoryAuditSource, SqliteAuditSnapshots>();
    }
}
