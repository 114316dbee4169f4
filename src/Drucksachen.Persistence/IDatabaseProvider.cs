using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Persistence;

/// <summary>
/// What a database provider project supplies (one implementation per project, named in
/// <see cref="DatabaseProviders"/>): how to connect, what the shared model needs on this database,
/// how to bring a database up to date, and the stores it implements itself (the paper session,
/// the search and its upkeep, the audit snapshot). Everything else is the shared EF stores' work.
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
    /// Registers the provider's own stores: Core's <c>IPaperSessions</c>, <c>IPaperSearch</c>,
    /// <c>ISearchMaintenance</c> and <c>IHistoryAuditSource</c>. A store that later writes together
    /// with papers (e.g. a meeting's outcomes for many papers) must write inside the paper session's
    /// transaction; each provider's session says how it lends its connection and transaction.
    /// </summary>
    void AddStores(IServiceCollection services);
}
