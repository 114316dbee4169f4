using Drucksachen.Core.Access;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Persistence.Stores;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Drucksachen.Persistence.PostgreSql.Search;

/// <summary>
/// The paper list and search on PostgreSQL: filters and the access rule in LINQ, the text through
/// the search tables (<see cref="SearchSchema"/>) in the same statement. A text hits a paper whose
/// number or title holds it (three characters or more, case and umlauts aside), or whose words hold
/// its words in this order, the last one begun, as written or stemmed (German): "Sozialräume" finds
/// "Sozialraum". The database splits the text into words (drucksachen_search_query) by the rule it
/// indexes with, and gets it as a parameter, so none of it is read as query syntax.
/// </summary>
public sealed class PostgreSqlPaperSearch(IDbContextFactory<DrucksachenDbContext> contexts) : IPaperSearch
{
    public async Task<PaperPage> SearchAsync(PaperSearch search, UserProfile? viewer, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(search.CountLimit, 1);
        ArgumentOutOfRangeException.ThrowIfEqual(search.CountLimit, int.MaxValue);
        await using var db = await contexts.CreateDbContextAsync(ct);
        // One snapshot for the statements below, so that the count, the page and its rows agree.
        await using var snapshot = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        IQueryable<Paper> Filtered(IQueryable<Paper> source) => source.AsNoTracking().Filter(search, viewer);

        if (PaperSearchText.From(search.Text) is { } text)
        {
            // Counted up to the limit in list order, the page taken on the way.
            var hits = Filtered(Hits(db, text, PaperAccess.SeesPublicOnly(viewer)));
            var inOrder = PostgreSqlListOrder.InListOrder(hits).Select(p => p.Id).Take(search.CountLimit + 1);
            var (ids, count) = await HitPages.ReadAsync(inOrder, search, ct);
            var more = count > search.CountLimit;
            return new PaperPage(await SummariesAsync(Filtered(db.Papers), ids, ct), more ? search.CountLimit : count, more);
        }

        var all = Filtered(db.Papers);
        var total = await all.CountAsync(ct);
        var page = await PostgreSqlListOrder.InListOrder(all).Skip(search.Skip).Take(search.Take).Select(p => p.Id).ToListAsync(ct);
        return new PaperPage(await SummariesAsync(all, page, ct), total);
    }

    // The papers hit by the text. Someone who sees public papers only is answered from the public
    // search table alone; everyone else from both (their rows are disjoint). Each way of matching is
    // a query of its own, so that each reads its own index and only a phrase or a part of number
    // and title is checked against the row (a word alone is answered by the index).
    private static IQueryable<Paper> Hits(DrucksachenDbContext db, PaperSearchText text, bool publicOnly) =>
        db.Papers.FromSqlRaw(HitsSql(publicOnly, text.IsShort),
            new NpgsqlParameter("text", text.Text), new NpgsqlParameter("pattern", Pattern(text.Text)));

    // The text as an ILIKE pattern for any part of number or title; its own % _ \ match themselves.
    private static string Pattern(string text) =>
        "%" + text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";

    // Made of constants alone: the text comes in as parameters.
    private static string HitsSql(bool publicOnly, bool isShort)
    {
        var tables = publicOnly ? ["PublicPaperSearch"] : new[] { "PublicPaperSearch", "InternalPaperSearch" };
        var matches = tables.SelectMany(table => Matches(table, isShort));
        return $"""SELECT * FROM "Papers" WHERE "Id" IN ({string.Join(" UNION ALL ", matches)})""";
    }

    private static IEnumerable<string> Matches(string table, bool isShort)
    {
        yield return $"""SELECT "PaperId" FROM "{table}" WHERE "Words" @@ to_tsquery('simple', drucksachen_search_query(@text))""";
        yield return $"""SELECT "PaperId" FROM "{table}" WHERE "Stems" @@ to_tsquery('drucksachen_german', drucksachen_search_query(@text))""";
        if (!isShort) yield return $"""SELECT "PaperId" FROM "{table}" WHERE "NumberAndTitle" ILIKE @pattern""";
    }

    // The page's rows, filtered again (access rule included) though their ids came from the same
    // filter: the rows that carry titles never rest on an earlier query alone. Put in the page's
    // order here, which places papers without number last (see PostgreSqlListOrder).
    private static async Task<IReadOnlyList<PaperSummary>> SummariesAsync(IQueryable<Paper> visible, List<Guid> ids, CancellationToken ct)
    {
        var rows = await visible.Where(p => ids.Contains(p.Id)).Summaries().ToDictionaryAsync(s => s.Id, ct);
        return ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
    }
}
