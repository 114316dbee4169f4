using Drucksachen.Core.Meetings;

namespace Drucksachen.Core.Storage;

/// <summary>
/// A unit of work that changes a meeting and, in the same transaction, the papers on its agenda:
/// a paper session that also loads and writes meetings. The meeting's <c>Version</c> guards it as a
/// paper's guards the paper: of two concurrent changes to one meeting exactly one is saved.
/// </summary>
public interface IMeetingSession : IPaperSession
{
    /// <summary>Loads a meeting with its agenda and attendance for change, by number ("SAG/001/2026") or id.</summary>
    Task<Meeting?> FindMeetingAsync(string numberOrId, CancellationToken ct);

    void Add(Meeting meeting);

    void Append(MeetingHistoryEntry entry);

    void Add(MeetingDocumentVersion document);

    /// <summary>The number the meeting's next document version gets (1 for the first).</summary>
    Task<int> NextMeetingDocumentVersionAsync(Guid meetingId, CancellationToken ct);

    /// <summary>The meeting whose agenda holds the consultation, if any (cancelled meetings hold none).</summary>
    Task<string?> MeetingOfConsultationAsync(Guid consultationId, CancellationToken ct);
}
