using System.Data;
using Drucksachen.Core.Storage;
using Drucksachen.Persistence.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Drucksachen.Persistence.PostgreSql.Stores;

/// <summary>
/// The verification's snapshot on PostgreSQL: a REPEATABLE READ transaction sees the database as of
/// its first statement for all the rest, and, read-only, it takes no lock that a writer waits for.
/// </summary>
public sealed class PostgreSqlAuditSnapshots(IDbContextFactory<DrucksachenDbContext> contexts) : IHistoryAuditSource
{
    public Task<IHistoryAudit> OpenAuditAsync(CancellationToken ct) => EfHistoryAudit.OpenAsync(contexts, BeginSnapshotAsync, ct);

    private static async Task<IDbContextTransaction> BeginSnapshotAsync(DrucksachenDbContext db, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY", ct);
        return transaction;
    }
}
