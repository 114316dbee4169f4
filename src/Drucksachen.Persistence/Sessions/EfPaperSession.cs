using Drucksachen.Core.Documents;
using Drucksachen.Core.Errors;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Persistence.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Drucksachen.Persistence.Sessions;

/// <summary>
/// A unit of work on one tracked EF context: papers are loaded with their consultations and
/// workflow, and <see cref="CommitAsync"/> saves what changed together with new papers, history
/// entries and documents, in one transaction. The paper's <c>Version</c> is its concurrency token:
/// every change to a paper increments it, so the update of its row carries the loaded version, and
/// of two concurrent changes exactly one is saved; the other gets the conflict error.
/// A store that must write in the same transaction (e.g. a meeting's outcomes for many papers)
/// works on <see cref="Context"/> after <see cref="BeginAsync"/>: what it adds is saved with the rest.
/// With <paramref name="newPapers"/>, added papers and their history entries stay out of the
/// context and are written by it, first, in the same transaction.
/// </summary>
public sealed class EfPaperSession(DrucksachenDbContext db, INumberAllocator numbers, INewPaperWriter? newPapers = null) : IPaperSession
{
    private readonly List<Paper> _added = [];
    private readonly HashSet<Guid> _addedIds = [];
    private readonly List<HistoryEntry> _addedHistory = [];
    private IDbContextTransaction? _transaction;

    /// <summary>The session's context, for what must be written in its transaction.</summary>
    public DrucksachenDbContext Context => db;

    public async Task<Paper?> FindAsync(string reference, CancellationToken ct) =>
        await PaperLookup.ResolveAsync(db, reference, ct) is { } id ? await FindAsync(id, ct) : null;

    // Tracked: one instance per paper and session.
    public async Task<Paper?> FindAsync(Guid id, CancellationToken ct) =>
        await db.Papers.WithDetails().FirstOrDefaultAsync(p => p.Id == id, ct);

    public void Add(Paper paper)
    {
        if (newPapers is null)
        {
            db.Papers.Add(paper);
            return;
        }
        _added.Add(paper);
        _addedIds.Add(paper.Id);
    }

    public void Append(HistoryEntry entry)
    {
        if (_addedIds.Contains(entry.PaperId)) _addedHistory.Add(entry);
        else db.History.Add(entry);
    }

    public void Add(DocumentVersion document) => db.Documents.Add(document);

    public async Task<int> NextDocumentVersionAsync(Guid paperId, CancellationToken ct)
    {
        var stored = await db.Documents.Where(d => d.PaperId == paperId).MaxAsync(d => (int?)d.Version, ct) ?? 0;
        var added = db.ChangeTracker.Entries<DocumentVersion>().Count(e => e.State == EntityState.Added && e.Entity.PaperId == paperId);
        return stored + added + 1;
    }

    public async Task BeginAsync(CancellationToken ct) => _transaction ??= await db.Database.BeginTransactionAsync(ct);

    public async Task<int> NextNumberAsync(string series, int year, CancellationToken ct)
    {
        await BeginAsync(ct);
        return await numbers.NextAsync(db, series, year, ct);
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        await BeginAsync(ct);
        try
        {
            if (_added.Count > 0) await newPapers!.WriteAsync(db, _added, _addedHistory, ct);
            await db.SaveChangesAsync(ct);
            await _transaction!.CommitAsync(ct);
            _added.Clear();
            _addedIds.Clear();
            _addedHistory.Clear();
        }
        catch (DbUpdateConcurrencyException e)
        {
            var changed = e.Entries.Select(entry => entry.Entity).FirstOrDefault() switch
            {
                Core.Meetings.Meeting meeting => $"meeting {meeting.Number}",
                Paper paper => $"Drucksache {paper.Reference}",
                _ => "what you changed",
            };
            throw new DrucksachenException(ErrorKind.Conflict, $"{changed} was changed by someone else meanwhile; nothing was saved, reload and try again", e);
        }
        // EF wraps the database's refusal; the writer of new papers throws it as it is.
        catch (Exception e) when (db.Provider.ViolatedConstraint(e is DbUpdateException { InnerException: { } inner } ? inner : e) is { } constraint)
        {
            throw new DrucksachenException(ErrorKind.Conflict, $"nothing was saved: {ConflictMessages.For(constraint)}", e);
        }
        finally
        {
            await _transaction!.DisposeAsync();
            _transaction = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null) await _transaction.DisposeAsync();
        await db.DisposeAsync();
    }
}
