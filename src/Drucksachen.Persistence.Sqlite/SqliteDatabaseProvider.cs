using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Persistence.Sqlite.Accounts;
using Drucksachen.Persistence.Sqlite.Configurations;
using Drucksachen.Persistence.Sqlite.Locks;
using Drucksachen.Persistence.Sqlite.Search;
using Drucksachen.Persistence.Sqlite.Sessions;
using Drucksachen.Persistence.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Persistence.Sqlite;

/// <summary>The embedded default: one SQLite file, its migrations in this assembly, FTS5 search and the prepared paper sessions.</summary>
public sealed class SqliteDatabaseProvider : IDatabaseProvider
{
    public string Name => DatabaseProviders.Sqlite;

    public string? DefaultConnectionString() => SqliteDatabaseFile.DefaultConnectionString();

    public string Describe(string connectionString) => SqliteDatabaseFile.PathOf(connectionString);

    // The compiled model (CompiledModel/, written by dotnet ef dbcontext optimize) spares every start
    // building the model; the tools still build it from the configurations when they compare models.
    public void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteDatabaseProvider).Assembly.GetName().Name))
            .UseModel(CompiledModel.DrucksachenDbContextModel.Instance)
            .ReplaceService<IHistoryRepository, SqliteMigrationsHistory>()
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
        services.AddSingleton<IUserDirectory, SqliteUserDirectory>();
        services.AddSingleton<INumberAllocator, SqliteNumberAllocator>();
        services.AddSingleton<IPaperSearch, SqlitePaperSearch>();
        services.AddSingleton<ISearchMaintenance, SqliteSearchMaintenance>();
        services.AddSingleton<IDatabaseLock, SqliteFileLock>();
    }

    // A deferred transaction: SQLite keeps the snapshot of its first read for the rest, and takes
    // no write lock (BeginTransaction's default would).
    public async Task<IDbContextTransaction> BeginSnapshotAsync(DrucksachenDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        return await db.Database.UseTransactionAsync(transaction, ct)
            ?? throw new InvalidOperationException("the snapshot transaction was not taken up");
    }

    // Tables and virtual tables of the main database, without FTS5's shadow tables and SQLite's own.
    public string ColumnsQuery => """
        SELECT t."name", c."name" FROM pragma_table_list AS t JOIN pragma_table_info(t."name") AS c
        WHERE t."schema" = 'main' AND t."type" IN ('table', 'virtual') AND t."name" NOT LIKE 'sqlite\_%' ESCAPE '\'
        """;

    // The FTS5 indexes and the search key the Papers triggers keep (migrations PaperSearchKeys,
    // SearchInListOrder, PublicSearch).
    public IReadOnlySet<string> TriggerMaintained { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "PaperTitles", "PaperWords", "PublicPaperTitles", "PublicPaperWords", "Papers.SearchKey",
    };

    // SQLite moves an AUTOINCREMENT table's counter (sqlite_sequence) past every key inserted, given ones included.
    public Task ContinueGeneratedKeysAsync(DrucksachenDbContext db, CancellationToken ct) => Task.CompletedTask;

    public Task BackupAsync(string connectionString, string file, CancellationToken ct) => SqliteBackup.WriteAsync(connectionString, file, ct);
}
