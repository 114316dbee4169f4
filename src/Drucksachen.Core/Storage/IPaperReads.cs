using Drucksachen.Core.History;
using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Storage;

/// <summary>The reads of single papers, their history and documents, and of lists. Results are untracked snapshots.</summary>
public interface IPaperReads
{
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

    /// <summary>
    /// Released papers the viewer may see with at least one recorded outcome (of <paramref name="body"/>,
    /// if given), finished ones included, with their sequence: the outcomes a clerk may still correct.
    /// At most <paramref name="take"/>, newest change first.
    /// </summary>
    Task<IReadOnlyList<Paper>> RecordedAsync(string? body, Users.UserProfile viewer, int take, CancellationToken ct);

    /// <summary>The stored renderings of a paper, oldest first, without their content.</summary>
    Task<IReadOnlyList<Documents.DocumentVersion>> DocumentsAsync(Guid paperId, CancellationToken ct);

    /// <summary>One stored rendering with its content.</summary>
    Task<Documents.DocumentVersion?> DocumentAsync(Guid paperId, int version, CancellationToken ct);
}
