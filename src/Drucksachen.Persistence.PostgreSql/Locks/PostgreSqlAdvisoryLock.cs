using Medallion.Threading.Postgres;

namespace Drucksachen.Persistence.PostgreSql.Locks;

/// <summary>
/// A PostgreSQL session advisory lock on a connection of its own: held until released or until the
/// connection ends, so a node that dies does not keep it.
/// </summary>
public sealed class PostgreSqlAdvisoryLock(DatabaseLocation location) : IDatabaseLock
{
    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken ct) =>
        await new PostgresDistributedLock(new PostgresAdvisoryLockKey(name, allowHashing: true), location.ConnectionString)
            .TryAcquireAsync(TimeSpan.Zero, ct);
}
