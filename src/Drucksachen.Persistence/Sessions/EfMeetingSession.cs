using Drucksachen.Core.Documents;
using Drucksachen.Core.History;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Persistence.Stores;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Sessions;

/// <summary>
/// A paper session (<see cref="EfPaperSession"/>) that also loads and writes meetings, so that a
/// meeting's entry and the papers' entries it causes are saved in one transaction. The meeting's
/// <c>Version</c> is its concurrency token, as a paper's is.
/// </summary>
public sealed class EfMeetingSession(DrucksachenDbContext db, INumberAllocator numbers) : IMeetingSession
{
    private readonly EfPaperSession _papers = new(db, numbers);

    public Task<Meeting?> FindMeetingAsync(string numberOrId, CancellationToken ct) =>
        db.Meetings.Named(numberOrId).WithDetails().FirstOrDefaultAsync(ct);

    public void Add(Meeting meeting) => db.Meetings.Add(meeting);

    public void Append(MeetingHistoryEntry entry) => db.MeetingHistory.Add(entry);

    public void Add(MeetingDocumentVersion document) => db.MeetingDocuments.Add(document);

    public async Task<int> NextMeetingDocumentVersionAsync(Guid meetingId, CancellationToken ct)
    {
        var stored = await db.MeetingDocuments.Where(d => d.MeetingId == meetingId).MaxAsync(d => (int?)d.Version, ct) ?? 0;
        var added = db.ChangeTracker.Entries<MeetingDocumentVersion>().Count(e => e.State == EntityState.Added && e.Entity.MeetingId == meetingId);
        return stored + added + 1;
    }

    public Task<string?> MeetingOfConsultationAsync(Guid consultationId, CancellationToken ct) =>
        db.AgendaItems.Where(i => i.ConsultationId == consultationId)
            .Join(db.Meetings, i => i.MeetingId, m => m.Id, (_, m) => m.Number)
            .FirstOrDefaultAsync(ct);

    public Task<Paper?> FindAsync(string reference, CancellationToken ct) => _papers.FindAsync(reference, ct);

    public Task<Paper?> FindAsync(Guid id, CancellationToken ct) => _papers.FindAsync(id, ct);

    public void Add(Paper paper) => _papers.Add(paper);

    public void Append(HistoryEntry entry) => _papers.Append(entry);

    public void Add(DocumentVersion document) => _papers.Add(document);

    public Task<int> NextDocumentVersionAsync(Guid paperId, CancellationToken ct) => _papers.NextDocumentVersionAsync(paperId, ct);

    public Task BeginAsync(CancellationToken ct) => _papers.BeginAsync(ct);

    public Task<int> NextNumberAsync(string series, int year, CancellationToken ct) => _papers.NextNumberAsync(series, year, ct);

    public Task CommitAsync(CancellationToken ct) => _papers.CommitAsync(ct);

    public ValueTask DisposeAsync() => _papers.DisposeAsync();
}
