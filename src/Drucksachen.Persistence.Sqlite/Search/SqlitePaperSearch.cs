using Drucksachen.Core.Access;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Persistence.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Sqlite.Search;

/// <summary>The paper list and search on SQLite: filters in LINQ, the text through the FTS5 indexes (<see cref="SearchHits"/>).</summary>
public sealed class SqlitePaperSearch(IDbContextFactory<DrucksachenDbContext> contexts) : IPaperSearch
{
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
        IQueryable<Paper> Filtered(IQueryable<Paper> source) => source.AsNoTracking().Filter(search, viewer);

        if (SearchText.From(search.Text) is { } text)
        {
            // The text is matched once; the hits are then counted up to the limit in list order,
            // the page taken on the way.
            if (await SearchHits.ReadAsync(db, text, PaperAccess.SeesPublicOnly(viewer), search.CountLimit, ct) is not { } hits)
                return new PaperPage([], 0);
            var inOrder = Filtered(hits.Papers(db)).InListOrder().Select(p => p.Id).Take(search.CountLimit + 1);
            var (ids, count) = await HitPages.ReadAsync(inOrder, search, ct);
            var more = count > search.CountLimit;
            return new PaperPage(await SummariesAsync(Filtered(db.Papers).Where(p => ids.Contains(p.Id)), ct),
                more ? search.CountLimit : count, more);
        }

        var all = Filtered(db.Papers);
        var total = await all.CountAsync(ct);
        // The page's ids come from a list order index alone (it holds the columns filtered on), so
        // skipping to a deep page reads no paper rows; only the page's own rows are read.
        var page = all.InListOrder().Skip(search.Skip).Take(search.Take).Select(p => p.Id);
        return new PaperPage(await SummariesAsync(all.Where(p => page.Contains(p.Id)), ct), total);
    }

    // The papers are filtered again (access rule included) though their ids came from the same
    // filter: the rows that carry titles never rest on an earlier query alone.
    private static async Task<IReadOnlyList<PaperSummary>> SummariesAsync(IQueryable<Paper> papers, CancellationToken ct) =>
        await papers.Summaries().ToListAsync(ct);
}
