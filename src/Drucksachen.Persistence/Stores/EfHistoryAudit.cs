using System.Runtime.CompilerServices;
using Drucksachen.Core.Documents;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Drucksachen.Persistence.Stores;

namespace Drucksachen.Persistence.Sqlite.Stores;

/// <summary>
/// The verification's reads on one context in one deferred transaction: SQLite keeps the snapshot
/// of its first read for the rest, and no write lock is taken, so writers go on meanwhile.
/// </summary>
internal sealed class SqliteHistoryAudit : IHistoryAudit
{
    private readonly DrucksachenDbContext _db;
    private readonly IDbContextTransaction _snapshot;

    private SqliteHistoryAudit(DrucksachenDbContext db, IDbContextTransaction snapshot)
    {
        _db = db;
        _snapshot = snapshot;
    }

    public static async Task<IHistoryAudit> OpenAsync(IDbContextFactory<DrucksachenDbContext> contexts, CancellationToken ct)
    {
        var db = await contexts.CreateDbContextAsync(ct);
        try
        {
            await db.Database.OpenConnectionAsync(ct);
            var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
            return new SqliteHistoryAudit(db, await db.Database.UseTransactionAsync(transaction, ct)
                ?? throw new InvalidOperationException("the snapshot transaction was not taken up"));
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public async IAsyncEnumerable<HistoryEntry> HistoryAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var entry in _db.History.AsNoTracking().OrderBy(e => e.PaperId).ThenBy(e => e.Sequence)
                           .AsAsyncEnumerable().WithCancellation(ct))
            yield return entry;
    }

    public async IAsyncEnumerable<Paper> PapersAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var paper in _db.Papers.AsNoTracking().WithDetails().AsAsyncEnumerable().WithCancellation(ct))
            yield return paper;
    }

    public async IAsyncEnumerable<DocumentVersion> DocumentsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var document in _db.Documents.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
            yield return document;
    }

    public async ValueTask DisposeAsync()
    {
        await _snapshot.DisposeAsync();
        await _db.DisposeAsync();
    }
}
