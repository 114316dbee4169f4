using Drucksachen.Core.Storage;
using Drucksachen.Persistence.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Drucksachen.Persistence.Sqlite.Stores;

/// <summary>
/// The verification's snapshot on SQLite: a deferred transaction, in which SQLite keeps the snapshot
/// of its first read for the rest, and which takes no write lock (BeginTransaction's default would).
/// </summary>
public sealed class SqliteAuditSnapshots(IDbContextFactory<DrucksachenDbContext> contexts) : IHistoryAuditSource
{
    public Task<IHistoryAudit> OpenAuditAsync(CancellationToken ct) => EfHistoryAudit.OpenAsync(contexts, BeginDeferredAsync, ct);

    private static async Task<IDbContextTransaction> BeginDeferredAsync(DrucksachenDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        return await db.Database.UseTransactionAsync(transaction, ct)
            ?? throw new InvalidOperationException("the snapshot transaction was not taken up");
    }
}
