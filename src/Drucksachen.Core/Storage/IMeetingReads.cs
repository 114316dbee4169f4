using Drucksachen.Core.Meetings;

namespace Drucksachen.Core.Storage;

/// <summary>What the meeting use cases read; nothing here is tracked for change.</summary>
public interface IMeetingReads
{
    /// <summary>A meeting with its agenda and attendance, by number or id.</summary>
    Task<Meeting?> FindAsync(string numberOrId, CancellationToken ct);

    /// <summary>Meetings with their agendas, by date and start.</summary>
    Task<IReadOnlyList<Meeting>> ListAsync(MeetingQuery query, CancellationToken ct);

    /// <summary>The day of the earliest meeting the query lets through, or null when there is none.</summary>
    Task<DateOnly?> FirstDayAsync(MeetingQuery query, CancellationToken ct);

    /// <summary>The day of the latest meeting the query lets through, or null when there is none.</summary>
    Task<DateOnly?> LastDayAsync(MeetingQuery query, CancellationToken ct);

    /// <summary>The body's next meeting after <paramref name="after"/> that is not cancelled, if one is planned.</summary>
    Task<Meeting?> NextAsync(string body, DateOnly after, CancellationToken ct);

    /// <summary>
    /// Consultations of the body that are due: of released papers whose advisory sequence is not
    /// finished, not yet recorded and not on the agenda of any meeting that is not cancelled.
    /// </summary>
    Task<IReadOnlyList<DueConsultation>> DueAsync(string body, CancellationToken ct);

    /// <summary>The papers on agendas, by id, with their sections (the proposed resolution).</summary>
    Task<IReadOnlyDictionary<Guid, Papers.Paper>> PapersAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>The newest stored PDF of each of these papers that has one, in one read: what a meeting packet holds.</summary>
    Task<IReadOnlyDictionary<Guid, byte[]>> NewestDocumentsAsync(IReadOnlyCollection<Guid> paperIds, CancellationToken ct);

    Task<IReadOnlyList<MeetingHistoryEntry>> HistoryAsync(Guid meetingId, CancellationToken ct);

    /// <summary>The meeting's documents without content.</summary>
    Task<IReadOnlyList<MeetingDocumentVersion>> DocumentsAsync(Guid meetingId, CancellationToken ct);

    Task<MeetingDocumentVersion?> DocumentAsync(Guid meetingId, int version, CancellationToken ct);
}
