using Drucksachen.Core.Access;
using Drucksachen.Core.Documents;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Stores;

public sealed class EfPaperStore(IDbContextFactory<DrucksachenDbContext> contexts, PaperSessions sessions) : IPaperStore
{
    public IPaperSession OpenSession() => sessions.Open();

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
        return await InListOrder(papers)
            .Skip(query.Skip).Take(query.Take)
            .WithDetails()
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(Guid paperId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.History.AsNoTracking().Where(e => e.PaperId == paperId).OrderBy(e => e.Sequence).ToListAsync(ct);
    }

    public async Task<PaperPage> SearchAsync(PaperSearch search, UserProfile? viewer, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(search.CountLimit, 1);
        ArgumentOutOfRangeException.ThrowIfEqual(search.CountLimit, int.MaxValue);
        await using var db = await contexts.CreateDbContextAsync(ct);
        // One snapshot for the statements below: the count, the page and its rows agree, and a key
        // read as a hit still stands for the same paper when the list is walked. Deferred, so it
        // takes no write lock (BeginTransaction's default would).
        await db.Database.OpenConnectionAsync(ct);
        await using var snapshot = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(snapshot, ct);
        IQueryable<Paper> Filtered(IQueryable<Paper> source)
        {
            var papers = source.AsNoTracking().Where(PaperAccess.VisibleTo(viewer));
            if (search.ReleasedOnly) papers = papers.Where(p => p.ReleasedAt != null);
            if (search.OnlyLate) papers = papers.Where(p => !p.IsFinished && p.Deadline != DeadlineStatus.InTime);
            if (search.Type is { } type) papers = papers.Where(p => p.Type == type);
            if (search.State is { } state) papers = papers.Where(p => p.State == state);
            if (search.Year is { } year) papers = papers.Where(p => p.NumberYear == year);
            if (search.Body is { } body) papers = papers.Where(p => p.Consultations.Any(c => c.Body == body));
            return papers;
        }

        if (SearchText.From(search.Text) is { } text)
        {
            // The text is matched once; the hits are then counted up to the limit in list order,
            // the page taken on the way.
            if (await SearchHits.ReadAsync(db, text, PaperAccess.SeesPublicOnly(viewer), search.CountLimit, ct) is not { } hits)
                return new PaperPage([], 0);
            var inOrder = InListOrder(Filtered(hits.Papers(db))).Select(p => p.Id).Take(search.CountLimit + 1);
            var (ids, count) = await PageAsync(inOrder, search, ct);
            var more = count > search.CountLimit;
            return new PaperPage(await SummariesAsync(Filtered(db.Papers).Where(p => ids.Contains(p.Id)), ct),
                more ? search.CountLimit : count, more);
        }

        var all = Filtered(db.Papers);
        var total = await all.CountAsync(ct);
        // The page's ids come from a list order index alone (it holds the columns filtered on), so
        // skipping to a deep page reads no paper rows; only the page's own rows are read.
        var page = InListOrder(all).Skip(search.Skip).Take(search.Take).Select(p => p.Id);
        return new PaperPage(await SummariesAsync(all.Where(p => page.Contains(p.Id)), ct), total);
    }

    // The hits are stepped through up to the count limit, but only the page's ids are read: parsing
    // every hit's id and passing it through EF took about a fifth of a search with thousands of hits.
    private static async Task<(List<Guid> Ids, int Total)> PageAsync(IQueryable<Guid> hits, PaperSearch search, CancellationToken ct)
    {
        await using var command = hits.CreateDbCommand();
        await using var reader = await command.ExecuteReaderAsync(ct);
        var ids = new List<Guid>(search.Take);
        var total = 0;
        for (; await reader.ReadAsync(ct); total++)
            if (total >= search.Skip && ids.Count < search.Take && total < search.CountLimit) ids.Add(reader.GetGuid(0));
        return (ids, total);
    }

    private static IOrderedQueryable<Paper> InListOrder(IQueryable<Paper> papers) =>
        papers.OrderByDescending(p => p.NumberYear).ThenByDescending(p => p.NumberSequence)
            .ThenByDescending(p => p.CreatedAt).ThenBy(p => p.Id);

    // The papers are filtered again (access rule included) though their ids came from the same
    // filter: the rows that carry titles never rest on an earlier query alone.
    private static async Task<IReadOnlyList<PaperSummary>> SummariesAsync(IQueryable<Paper> papers, CancellationToken ct) =>
        await InListOrder(papers)
            .Select(p => new PaperSummary(p.Id, p.Number, p.Title, p.Type, p.IsPublic, p.State, p.IsFinished, p.Date,
                p.LeadOffice, p.ReleasedAt, p.Deadline, p.Version))
            .ToListAsync(ct);

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

    // FTS5's own command for it; the write lock is held meanwhile (about a second at 100,000 papers).
    public async Task CompactSearchAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "PaperTitles" ("PaperTitles") VALUES ('optimize');
            INSERT INTO "PaperWords" ("PaperWords") VALUES ('optimize');
            INSERT INTO "PublicPaperTitles" ("PublicPaperTitles") VALUES ('optimize');
            INSERT INTO "PublicPaperWords" ("PublicPaperWords") VALUES ('optimize');
            """, ct);
    }

    public Task<IHistoryAudit> OpenAuditAsync(CancellationToken ct) => EfHistoryAudit.OpenAsync(contexts, ct);

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

    public async Task<IReadOnlyList<Guid>> DueAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Papers.Where(p => p.Workflow.NextDueAt != null && p.Workflow.NextDueAt <= now)
            .Select(p => p.Id).ToListAsync(ct);
    }
}
