using System.Runtime.CompilerServices;
using Drucksachen.Core.Documents;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Stores;

public sealed class EfPaperStore(IDbContextFactory<DrucksachenDbContext> contexts) : IPaperStore
{
    public IPaperSession OpenSession() => new EfPaperSession(contexts.CreateDbContext());

    public async Task<Paper?> FindAsync(string reference, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await PaperLookup.ResolveAsync(db, reference, ct) is { } id
            ? await db.Papers.AsNoTracking().WithDetails().FirstOrDefaultAsync(p => p.Id == id, ct)
            : null;
    }

    public async Task<IReadOnlyList<Paper>> ListAsync(PaperQuery query, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var papers = db.Papers.AsNoTracking();
        if (query.Type is { } type) papers = papers.Where(p => p.Type == type);
        if (query.State is { } state) papers = papers.Where(p => p.State == state);
        if (query.Year is { } year) papers = papers.Where(p => p.NumberYear == year);
        return await papers
            .OrderByDescending(p => p.NumberYear).ThenByDescending(p => p.NumberSequence).ThenBy(p => p.CreatedAt)
            .Skip(query.Skip).Take(query.Take)
            .WithDetails()
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(Guid paperId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.History.AsNoTracking().Where(e => e.PaperId == paperId).OrderBy(e => e.Sequence).ToListAsync(ct);
    }

    public async IAsyncEnumerable<ChainHead> ChainHeadsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await foreach (var head in db.Papers.AsNoTracking()
                           .Select(p => new ChainHead(p.Id, p.Number, p.HistoryHead, p.HistoryCount))
                           .AsAsyncEnumerable().WithCancellation(ct))
            yield return head;
    }

    public async IAsyncEnumerable<HistoryEntry> AllHistoryAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await foreach (var entry in db.History.AsNoTracking().OrderBy(e => e.PaperId).ThenBy(e => e.Sequence)
                           .AsAsyncEnumerable().WithCancellation(ct))
            yield return entry;
    }

    public async Task<IReadOnlyList<DocumentVersion>> DocumentsAsync(Guid paperId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Documents.AsNoTracking().Where(d => d.PaperId == paperId).OrderBy(d => d.Version)
            .Select(d => new { d.Id, d.Version, d.FileName, d.Sha512, d.IsFinal, d.Template, d.CreatedAt, d.Size })
            .ToListAsync(ct);
        return rows.Select(d => DocumentVersion.Describe(d.Id, paperId, d.Version, d.FileName, d.Size, d.Sha512, d.IsFinal, d.Template, d.CreatedAt)).ToList();
    }

    public async Task<DocumentVersion?> DocumentAsync(Guid paperId, int version, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.PaperId == paperId && d.Version == version, ct);
    }

    public async Task<IReadOnlyList<Guid>> DueAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Papers.Where(p => p.Workflow.NextDueAt != null && p.Workflow.NextDueAt <= now)
            .Select(p => p.Id).ToListAsync(ct);
    }
}
