using System.Runtime.CompilerServices;
using Drucksachen.Core.Documents;
using Drucksachen.Core.History;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Drucksachen.Persistence.Stores;

/// <summary>
/// The verification's reads on one context in one snapshot transaction, which the provider begins
/// so that every read sees the database as of the first and takes no write lock: writers go on meanwhile.
/// </summary>
public sealed class EfHistoryAudit : IHistoryAudit
{
    private readonly DrucksachenDbContext _db;
    private readonly IDbContextTransaction _snapshot;

    private EfHistoryAudit(DrucksachenDbContext db, IDbContextTransaction snapshot)
    {
        _db = db;
        _snapshot = snapshot;
    }

    /// <param name="contexts">The contexts to take one from.</param>
    /// <param name="beginSnapshot">Begins the provider's snapshot transaction on the context.</param>
    /// <param name="ct">Cancels opening.</param>
    public static async Task<IHistoryAudit> OpenAsync(IDbContextFactory<DrucksachenDbContext> contexts,
        Func<DrucksachenDbContext, CancellationToken, Task<IDbContextTransaction>> beginSnapshot, CancellationToken ct)
    {
        var db = await contexts.CreateDbContextAsync(ct);
        try
        {
            return new EfHistoryAudit(db, await beginSnapshot(db, ct));
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

    public async IAsyncEnumerable<MeetingHistoryEntry> MeetingHistoryAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var entry in _db.MeetingHistory.AsNoTracking().OrderBy(e => e.MeetingId).ThenBy(e => e.Sequence)
                           .AsAsyncEnumerable().WithCancellation(ct))
            yield return entry;
    }

    public async IAsyncEnumerable<Meeting> MeetingsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var meeting in _db.Meetings.AsNoTracking().Include(m => m.Items).Include(m => m.Attendance).AsSingleQuery()
                           .AsAsyncEnumerable().WithCancellation(ct))
            yield return meeting;
    }

    public async IAsyncEnumerable<MeetingDocumentVersion> MeetingDocumentsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var document in _db.MeetingDocuments.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
            yield return document;
    }

    public async ValueTask DisposeAsync()
    {
        await _snapshot.DisposeAsync();
        await _db.DisposeAsync();
    }
}
