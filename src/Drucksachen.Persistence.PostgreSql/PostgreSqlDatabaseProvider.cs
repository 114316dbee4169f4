using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Persistence.Accounts;
using Drucksachen.Persistence.PostgreSql.Configurations;
using Drucksachen.Persistence.PostgreSql.Locks;
using Drucksachen.Persistence.PostgreSql.Numbers;
using Drucksachen.Persistence.PostgreSql.Search;
using Drucksachen.Persistence.PostgreSql.Sessions;
using Drucksachen.Persistence.Sessions;
using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Drucksachen.Persistence.PostgreSql;

/// <summary>
/// PostgreSQL: native types (uuid, timestamptz, bytea), this project's migrations, the shared EF
/// paper session with PostgreSQL's number allocation, text search with trigrams, and a snapshot
/// transaction for verification and transfer.
/// </summary>
public sealed class PostgreSqlDatabaseProvider : IDatabaseProvider
{
    // unique_violation, and restrict_violation as the append-only triggers raise it.
    private static readonly string[] RefusedWrites = [PostgresErrorCodes.UniqueViolation, PostgresErrorCodes.RestrictViolation];

    public string Name => DatabaseProviders.PostgreSql;

    // A server database is always named: there is no sensible default for one.
    public string? DefaultConnectionString() => null;

    public string Describe(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {settings.Host}:{settings.Port}/{settings.Database}";
    }

    // The compiled model (CompiledModel/, written by dotnet ef dbcontext optimize) spares every start
    // building the model; the tools still build it from the configurations when they compare models.
    public void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(WithProductSettings(connectionString),
                npgsql => npgsql.MigrationsAssembly(typeof(PostgreSqlDatabaseProvider).Assembly.GetName().Name))
            .UseModel(CompiledModel.DrucksachenDbContextModel.Instance)
            .ReplaceService<IHistoryRepository, PostgreSqlMigrationsHistory>();

    public void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        conventions.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        conventions.Properties<DateTimeOffset?>().HaveConversion<UtcInstantConverter>();
    }

    public IOrderedQueryable<Paper> InListOrder(IQueryable<Paper> papers) => PostgreSqlListOrder.InListOrder(papers);

    public string? ViolatedConstraint(Exception error) =>
        error is PostgresException e && RefusedWrites.Contains(e.SqlState) ? e.ConstraintName ?? e.TableName ?? e.MessageText : null;

    // The application's role may not change the schema (README, "PostgreSQL: the database roles").
    public async Task MigrateAsync(DrucksachenDbContext db, IReadOnlyList<string> pending, CancellationToken ct)
    {
        try
        {
            await db.Database.MigrateAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new DatabaseSettingsException(
                $"the database lacks the migrations {string.Join(", ", pending)} and this role may not apply them ({e.MessageText}); start once as the role that owns the schema");
        }
    }

    public void AddStores(IServiceCollection services)
    {
        services.AddSingleton<INumberAllocator, PostgreSqlNumberAllocator>();
        services.AddSingleton<INewPaperWriter, CopiedNewPapers>();
        services.AddSingleton<IPaperSessions, EfPaperSessions>();
        services.AddSingleton<IUserDirectory>(sp => sp.GetRequiredService<EfUserDirectory>());
        services.AddSingleton<IPaperSearch, PostgreSqlPaperSearch>();
        services.AddSingleton<ISearchMaintenance, PostgreSqlSearchMaintenance>();
        services.AddSingleton<IDatabaseLock, PostgreSqlAdvisoryLock>();
    }

    // REPEATABLE READ sees the database as of its first statement; read-only, it takes no lock a writer waits for.
    public async Task<IDbContextTransaction> BeginSnapshotAsync(DrucksachenDbContext db, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY", ct);
        return transaction;
    }

    // The tables of the schema the connection works in, from the catalog (which, unlike the
    // information schema, shows them whatever the role's privileges).
    public string ColumnsQuery => """
        SELECT c.relname, a.attname FROM pg_class AS c
        JOIN pg_namespace AS n ON n.oid = c.relnamespace
        JOIN pg_attribute AS a ON a.attrelid = c.oid
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
        """;

    // The search tables the Papers trigger keeps (SearchSchema).
    public IReadOnlySet<string> TriggerMaintained { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "PublicPaperSearch", "InternalPaperSearch",
    };

    // Identity columns take their next value from a sequence that given keys do not move.
    public async Task ContinueGeneratedKeysAsync(DrucksachenDbContext db, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync("""
            DO $$
            DECLARE k record;
            BEGIN
                FOR k IN SELECT c.relname AS "table", a.attname AS "column" FROM pg_class AS c
                    JOIN pg_namespace AS n ON n.oid = c.relnamespace
                    JOIN pg_attribute AS a ON a.attrelid = c.oid
                    WHERE n.nspname = current_schema() AND a.attidentity <> '' AND NOT a.attisdropped
                LOOP
                    EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, %L), coalesce(max(%I), 0) + 1, false) FROM %I',
                        quote_ident(k."table"), k."column", k."column", k."table");
                END LOOP;
            END
            $$
            """, ct);

    public Task BackupAsync(string connectionString, string file, CancellationToken ct) =>
        throw new DatabaseSettingsException(
            "backup copies a SQLite file; on PostgreSQL use pg_dump and pg_restore (README, \"Operations: backup, restore, transfer\")");

    // An acknowledged commit is on disk on the server (and its synchronous standbys), whatever the
    // server's default: a released number is never handed out twice after a crash.
    // The statements the product repeats (a paper's load and writes, the inserts of an import) are
    // prepared once per connection, unless the connection string says otherwise ("Max Auto
    // Prepare=0", e.g. behind a pooler that cannot keep prepared statements): parsing and planning
    // them anew each time was a large part of an action's and an import's time on the server.
    private static string WithProductSettings(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        settings.Options = $"{settings.Options} -c synchronous_commit=on".Trim();
        if (!Names(connectionString, nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare))) settings.MaxAutoPrepare = 64;
        return settings.ConnectionString;
    }

    // Whether the connection string itself gives the setting ("Max Auto Prepare" or "MaxAutoPrepare");
    // Npgsql's builder answers for every setting it knows, given or not.
    private static bool Names(string connectionString, string setting) =>
        new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals(setting, StringComparison.OrdinalIgnoreCase));
}
