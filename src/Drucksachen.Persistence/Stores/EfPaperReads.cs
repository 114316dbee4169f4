using Drucksachen.Core.Access;
using Drucksachen.Core.Documents;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Stores;

/// <summary>The reads that are plain LINQ, the same on every provider.</summary>
public sealed class EfPaperReads(IDbContextFactory<DrucksachenDbContext> contexts) : IPaperReads
{
    public async Task<Paper?> FindAsync(string reference, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await PaperLookup.ResolveAsync(db, reference, ct) is { } id
            ? await db.Papers.AsNoTracking().WithDetails().FirstOrDefaultAsync(p => p.Id == id, ct)
            : null;
    }

    public async Task<Paper?> FindVisibleAsync(string reference, UserProfile? viewer, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // Asked for a reference that names no paper too, so that the work is the same.
        var id = await PaperLookup.ResolveAsync(db, reference, ct) ?? Guid.Empty;
        return await db.Papers.AsNoTracking().Where(PaperAccess.VisibleTo(viewer)).WithDetails().FirstOrDefaultAsync(p => p.Id == id, ct);
    }

    public async Task<IReadOnlyList<Paper>> ListAsync(PaperQuery query, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var papers = db.Papers.AsNoTracking();
        if (query.Type is { } type) papers = papers.Where(p => p.Type == type);
        if (query.State is { } state) papers = papers.Where(p => p.State == state);
        if (query.Year is { } year) papers = papers.Where(p => p.NumberYear == year);
        return await db.Provider.InListOrder(papers)
            .Skip(query.Skip).Take(query.Take)
            .WithDetails()
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(Guid paperId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.History.AsNoTracking().Where(e => e.PaperId == paperId).OrderBy(e => e.Sequence).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<ScheduledConsultation>> CurrentConsultationsAsync(string? body, UserProfile viewer, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var consultations = db.Consultations.AsNoTracking().Where(c => c.Outcome == null);
        if (body is not null) consultations = consultations.Where(c => c.Body == body);
        var rows = from c in consultations
                   join p in db.Papers.AsNoTracking().Where(PaperAccess.VisibleTo(viewer)) on c.PaperId equals p.Id
                   where p.ReleasedAt != null && !p.IsFinished
                         && !db.Consultations.Any(o => o.PaperId == c.PaperId && o.Outcome == null && o.Position < c.Position)
                   orderby c.Date, c.Body, p.NumberYear, p.NumberSequence
                   select new ScheduledConsultation(
                       new PaperSummary(p.Id, p.Number, p.Title, p.Type, p.IsPublic, p.State, p.IsFinished, p.Date,
                           p.LeadOffice, p.ReleasedAt, p.Deadline, p.Version),
                       c.Id, c.Body, c.Date, c.IsPublic, c.Role);
        return await rows.ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Paper>> OpenWorkAsync(UserProfile user, IReadOnlyCollection<string> states, bool released, int take, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var office = user.Office;
        var stateList = states.ToList();
        return await db.Papers.AsNoTracking().Where(PaperAccess.VisibleTo(user))
            .Where(p => !p.IsFinished
                        && ((office != null && (p.LeadOffice == office || p.Cosigners.Contains(office)))
                            || stateList.Contains(p.State)
                            || (released && p.ReleasedAt != null)))
            .OrderByDescending(p => p.ModifiedAt).ThenBy(p => p.Id)
            .Take(take)
            .WithDetails()
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Paper>> RecordedAsync(string? body, UserProfile viewer, int take, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Papers.AsNoTracking().Where(PaperAccess.VisibleTo(viewer))
            .Where(p => p.ReleasedAt != null
                        && db.Consultations.Any(c => c.PaperId == p.Id && c.Outcome != null && (body == null || c.Body == body)))
            .OrderByDescending(p => p.ModifiedAt).ThenBy(p => p.Id)
            .Take(take)
            .WithDetails()
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<DocumentVersion>> DocumentsAsync(Guid paperId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Documents.AsNoTracking().Where(d => d.PaperId == paperId).OrderBy(d => d.Version)
            .Select(d => new { d.Id, d.Version, d.FileName, d.Sha512, d.IsFinal, d.Template, d.CreatedAt, d.Size })
            .ToListAsync(ct);
        return rows.Select(d => DocumentVersion.Describe(d.Id, paperId, d.Version, d.FileName, d.Size, d.Sha512, d.IsFinal, d.Template, d.CreatedAt)).ToList();
    }

    public async Task<DocumentVersion?> DocumentAsync(Guid paperId, int version, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.PaperId == paperId && d.Version == version, ct);
    }
}
