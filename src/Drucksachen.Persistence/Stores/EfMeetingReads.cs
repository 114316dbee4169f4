using Drucksachen.Core.Meetings;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Stores;

/// <summary>The meetings' reads, plain LINQ, the same on every provider.</summary>
public sealed class EfMeetingReads(IDbContextFactory<DrucksachenDbContext> contexts) : IMeetingReads
{
    public async Task<Meeting?> FindAsync(string numberOrId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Meetings.AsNoTracking().Named(numberOrId).WithDetails().FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<Meeting>> ListAsync(MeetingQuery query, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Matching(db, query).OrderBy(m => m.Date).ThenBy(m => m.Start).ThenBy(m => m.Number)
            .Skip(query.Skip).Take(query.Take)
            .WithDetails()
            .ToListAsync(ct);
    }

    public async Task<DateOnly?> FirstDayAsync(MeetingQuery query, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Matching(db, query).OrderBy(m => m.Date).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(ct);
    }

    public async Task<DateOnly?> LastDayAsync(MeetingQuery query, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Matching(db, query).OrderByDescending(m => m.Date).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(ct);
    }

    private static IQueryable<Meeting> Matching(DrucksachenDbContext db, MeetingQuery query)
    {
        var meetings = db.Meetings.AsNoTracking();
        if (query.Body is { } body) meetings = meetings.Where(m => m.Body == body);
        if (query.From is { } from) meetings = meetings.Where(m => m.Date >= from);
        if (query.To is { } to) meetings = meetings.Where(m => m.Date <= to);
        if (query.Bodies is { } bodies) meetings = meetings.Where(m => m.IsPublic || bodies.Contains(m.Body));
        return meetings;
    }

    public async Task<Meeting?> NextAsync(string body, DateOnly after, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Meetings.AsNoTracking()
            .Where(m => m.Body == body && m.Date > after && m.State != MeetingStates.Cancelled && m.State != MeetingStates.Held)
            .OrderBy(m => m.Date).ThenBy(m => m.Start)
            .FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<DueConsultation>> DueAsync(string body, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await (from c in db.Consultations
                      join p in db.Papers on c.PaperId equals p.Id
                      where c.Body == body && c.Outcome == null && p.ReleasedAt != null && !p.IsFinished
                            && !db.AgendaItems.Any(i => i.ConsultationId == c.Id)
                      orderby c.Date, p.NumberYear, p.NumberSequence
                      select new DueConsultation(p.Id, p.Number!, p.Title, p.Type, p.IsPublic, p.ReleasedAt!.Value, c.Id, c.Date, c.IsPublic, c.Role, c.Origin))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyDictionary<Guid, Paper>> PapersAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return new Dictionary<Guid, Paper>();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var list = ids.ToList();
        return await db.Papers.AsNoTracking().Where(p => list.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
    }

    public async Task<IReadOnlyDictionary<Guid, byte[]>> NewestDocumentsAsync(IReadOnlyCollection<Guid> paperIds, CancellationToken ct)
    {
        if (paperIds.Count == 0) return new Dictionary<Guid, byte[]>();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ids = paperIds.ToList();
        return await db.Documents.AsNoTracking()
            .Where(d => ids.Contains(d.PaperId) && d.Version == db.Documents.Where(o => o.PaperId == d.PaperId).Max(o => o.Version))
            .ToDictionaryAsync(d => d.PaperId, d => d.Content, ct);
    }

    public async Task<IReadOnlyList<MeetingHistoryEntry>> HistoryAsync(Guid meetingId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.MeetingHistory.AsNoTracking().Where(e => e.MeetingId == meetingId).OrderBy(e => e.Sequence).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<MeetingDocumentVersion>> DocumentsAsync(Guid meetingId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.MeetingDocuments.AsNoTracking().Where(d => d.MeetingId == meetingId).OrderBy(d => d.Version)
            .Select(d => new { d.Id, d.MeetingId, d.Version, d.Kind, d.IsPublic, d.FileName, d.Size, d.Sha512, d.Template, d.CreatedAt })
            .ToListAsync(ct);
        return rows.Select(d => MeetingDocumentVersion.Describe(d.Id, d.MeetingId, d.Version, d.Kind, d.IsPublic, d.FileName, d.Size, d.Sha512,
            d.Template, d.CreatedAt)).ToList();
    }

    public async Task<MeetingDocumentVersion?> DocumentAsync(Guid meetingId, int version, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.MeetingDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.MeetingId == meetingId && d.Version == version, ct);
    }
}
