using Drucksachen.Core.History;
using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Storage;

/// <summary>What the paper use cases need stored. Reads here are untracked snapshots.</summary>
public interface IPaperStore
{
    /// <summary>A unit of work for one change; see <see cref="IPaperSession"/>.</summary>
    IPaperSession OpenSession();

    /// <summary>Finds a paper by id (GUID or its first 8 hex digits) or by number.</summary>
    Task<Paper?> FindAsync(string reference, CancellationToken ct);

    /// <summary>
    /// Finds a paper as <see cref="FindAsync"/> does, if <paramref name="viewer"/> (null:
    /// anonymous) may see it (<see cref="Access.PaperAccess"/>, applied in the query): a paper they
    /// may not see is never read, so asking for it does the work that asking for a missing one does.
    /// </summary>
    Task<Paper?> FindVisibleAsync(string reference, Users.UserProfile? viewer, CancellationToken ct);

    Task<IReadOnlyList<Paper>> ListAsync(PaperQuery query, CancellationToken ct);

    Task<IReadOnlyList<HistoryEntry>> HistoryAsync(Guid paperId, CancellationToken ct);

    /// <summary>
    /// A page of the papers <paramref name="viewer"/> may see (<see cref="Access.PaperAccess"/>,
    /// applied in the query, also to the total), newest number first, papers without number last.
    /// </summary>
    Task<PaperPage> SearchAsync(PaperSearch search, Users.UserProfile? viewer, CancellationToken ct);

    /// <summary>
    /// Merges the search indexes into one piece each, after a large import or at a quiet hour: every
    /// write adds to them in small pieces, and a search reads each piece.
    /// </summary>
    Task CompactSearchAsync(CancellationToken ct);

    /// <summary>
    /// The current consultations of released, running papers the viewer may see (the first of each
    /// paper's sequence without outcome), by date and body; optionally of one body only.
    /// </summary>
    Task<IReadOnlyList<ScheduledConsultation>> CurrentConsultationsAsync(string? body, Users.UserProfile viewer, CancellationToken ct);

    /// <summary>
    /// Running papers on which <paramref name="user"/> may have something to do, with their sequence:
    /// those of their office (lead or co-signing), those in <paramref name="states"/> (e.g. release
    /// for approvers), and released ones for clerks. At most <paramref name="take"/>, newest change first.
    /// </summary>
    Task<IReadOnlyList<Paper>> OpenWorkAsync(Users.UserProfile user, IReadOnlyCollection<string> states, bool released, int take, CancellationToken ct);

    /// <summary>Opens a snapshot of every paper, history entry and document, for verification.</summary>
    Task<IHistoryAudit> OpenAuditAsync(CancellationToken ct);

    /// <summary>The stored renderings of a paper, oldest first, without their content.</summary>
    Task<IReadOnlyList<Documents.DocumentVersion>> DocumentsAsync(Guid paperId, CancellationToken ct);

    /// <summary>One stored rendering with its content.</summary>
    Task<Documents.DocumentVersion?> DocumentAsync(Guid paperId, int version, CancellationToken ct);

    /// <summary>Ids of papers whose workflow waits for a moment at or before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<Guid>> DueAsync(DateTimeOffset now, CancellationToken ct);
}
