using Drucksachen.Core.History;
using Drucksachen.Core.Papers;

namespace Drucksachen.Persistence.Sessions;

/// <summary>
/// A provider's fast path for the papers an <see cref="EfPaperSession"/> adds (an import): writes
/// them, with their workflow rows, consultations and history entries, in the session's transaction
/// and without EF's change tracking, whose cost per entity was most of a large import's time.
/// </summary>
public interface INewPaperWriter
{
    /// <summary>
    /// Writes <paramref name="papers"/> and <paramref name="entries"/> (of those papers) in the
    /// current transaction of <paramref name="db"/>, setting what the database assigns (the entries'
    /// ids). A refused write throws the provider's exception, as EF's inserts would have.
    /// </summary>
    Task WriteAsync(DrucksachenDbContext db, IReadOnlyList<Paper> papers, IReadOnlyList<HistoryEntry> entries, CancellationToken ct);
}
