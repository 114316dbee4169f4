using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Persistence;

/// <summary>
/// What a database provider project supplies (one implementation per project, named in
/// <see cref="DatabaseProviders"/>): how to connect, what the shared model needs on this database,
/// how to bring a database up to date, and the stores it implements itself (the paper session,
/// the search and its upkeep), and what copying between databases needs of it. Everything else is the shared EF stores' work.
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>The value of <c>Database:Provider</c> that selects this provider.</summary>
    string Name { get; }

    /// <summary>The connection string to use when none is configured, or null when one must be given.</summary>
    string? DefaultConnectionString();

    /// <summary>Where the data is, for people to read at start (a file, or server and database), without secrets.</summary>
    string Describe(string connectionString);

    /// <summary>Connects the options to the database (Use&lt;Provider&gt;, this project's migrations, interceptors).</summary>
    void Configure(DbContextOptionsBuilder options, string connectionString);

    /// <summary>Conventions the shared model needs on this database (e.g. how instants are stored).</summary>
    void ConfigureConventions(ModelConfigurationBuilder conventions);

    /// <summary>
    /// The paper lists' order as this database's list order indexes hold it: newest number first,
    /// papers without number last (databases differ in where they sort nulls).
    /// </summary>
    IOrderedQueryable<Core.Papers.Paper> InListOrder(IQueryable<Core.Papers.Paper> papers);

    /// <summary>
    /// The table or index named in a write the database refused for a unique key or an append-only
    /// rule (<paramref name="error"/> is the provider's exception), or null for any other error.
    /// </summary>
    string? ViolatedConstraint(Exception error);

    /// <summary>Applies this project's migrations that the database lacks (<paramref name="pending"/>, never empty), and settings that stay with the database.</summary>
    Task MigrateAsync(DrucksachenDbContext db, IReadOnlyList<string> pending, CancellationToken ct);

    /// <summary>
    /// Begins a read-only transaction on <paramref name="db"/> that sees the database as of its first
    /// read for all the rest and takes no lock a writer waits for (verification, transfer).
    /// </summary>
    Task<IDbContextTransaction> BeginSnapshotAsync(DrucksachenDbContext db, CancellationToken ct);

    /// <summary>
    /// A query of every table's columns in the database (its tables of every kind, its own
    /// bookkeeping left out) as rows of table name and column name.
    /// </summary>
    string ColumnsQuery { get; }

    /// <summary>
    /// What the database keeps by itself from the model's tables, outside the EF model: search
    /// tables (<c>"PaperWords"</c>) and columns (<c>"Papers.SearchKey"</c>) that its triggers fill.
    /// A copy leaves them to the target's own triggers; anything else outside the model is refused.
    /// </summary>
    IReadOnlySet<string> TriggerMaintained { get; }

    /// <summary>
    /// After rows were inserted with their generated keys given (a transfer), makes the database's
    /// key generators continue after the largest key, in <paramref name="db"/>'s transaction.
    /// </summary>
    Task ContinueGeneratedKeysAsync(DrucksachenDbContext db, CancellationToken ct);

    /// <summary>
    /// Writes a consistent copy of the database to <paramref name="file"/> while others go on
    /// writing, or refuses with a <see cref="DatabaseSettingsException"/> saying which tool does it
    /// for this database.
    /// </summary>
    Task BackupAsync(string connectionString, string file, CancellationToken ct);

    /// <summary>
    /// Registers the provider's own stores: Core's <c>IPaperSessions</c>, <c>IUserDirectory</c> (the
    /// shared <c>EfUserDirectory</c> unless the provider has a faster lookup), <c>IPaperSearch</c> and
    /// <c>ISearchMaintenance</c>, and the <see cref="IDatabaseLock"/>. A store that later writes together
    /// with papers (e.g. a meeting's outcomes for many papers) must write inside the paper session's
    /// transaction; each provider's session says how it lends its connection and transaction.
    /// </summary>
    void AddStores(IServiceCollection services);
}
