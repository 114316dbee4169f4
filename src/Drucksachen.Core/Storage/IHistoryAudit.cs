using Drucksachen.Core.Documents;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Storage;

/// <summary>
/// What verification reads, all from one snapshot of the database, so a change committed meanwhile
/// is seen in every stream or in none. Read the streams one after the other.
/// </summary>
public interface IHistoryAudit : IAsyncDisposable
{
    /// <summary>Every history entry, ordered by paper and sequence.</summary>
    IAsyncEnumerable<HistoryEntry> HistoryAsync(CancellationToken ct);

    /// <summary>Every paper with its consultations.</summary>
    IAsyncEnumerable<Paper> PapersAsync(CancellationToken ct);

    /// <summary>Every stored document version with its content, one at a time.</summary>
    IAsyncEnumerable<DocumentVersion> DocumentsAsync(CancellationToken ct);

    /// <summary>Every meeting history entry, ordered by meeting and sequence.</summary>
    IAsyncEnumerable<Meetings.MeetingHistoryEntry> MeetingHistoryAsync(CancellationToken ct);

    /// <summary>Every meeting with its agenda and attendance.</summary>
    IAsyncEnumerable<Meetings.Meeting> MeetingsAsync(CancellationToken ct);

    /// <summary>Every stored meeting document with its content, one at a time.</summary>
    IAsyncEnumerable<Meetings.MeetingDocumentVersion> MeetingDocumentsAsync(CancellationToken ct);
}
