using Drucksachen.Core.History;
using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Storage;

/// <summary>
/// One change to the store. Load first, decide, then <see cref="BeginAsync"/>: from there on the
/// session writes, and writers queue (at the call, or, where the provider takes its lock lazily, at
/// the first statement after it). <see cref="CommitAsync"/> fails with a conflict when the loaded
/// paper was changed by someone else in between, so of two concurrent actions on one paper exactly
/// one wins.
/// </summary>
public interface IPaperSession : IAsyncDisposable
{
    /// <summary>Loads a paper for change, see <see cref="IPaperReads.FindAsync"/>.</summary>
    Task<Paper?> FindAsync(string reference, CancellationToken ct);

    Task<Paper?> FindAsync(Guid id, CancellationToken ct);

    void Add(Paper paper);

    void Append(HistoryEntry entry);

    void Add(Documents.DocumentVersion document);

    /// <summary>The number the paper's next document version gets (1 for the first).</summary>
    Task<int> NextDocumentVersionAsync(Guid paperId, CancellationToken ct);

    /// <summary>Starts the write transaction: what the session reads and writes after this is part of it.</summary>
    Task BeginAsync(CancellationToken ct);

    /// <summary>
    /// Takes the next number of a series and year, passing over numbers that historical papers
    /// brought along (so they neither clash nor make the count jump); undone if the transaction is
    /// not committed.
    /// </summary>
    Task<int> NextNumberAsync(string series, int year, CancellationToken ct);

    /// <summary>Writes everything; throws a conflict error if a loaded paper changed meanwhile or a number is taken.</summary>
    Task CommitAsync(CancellationToken ct);
}
