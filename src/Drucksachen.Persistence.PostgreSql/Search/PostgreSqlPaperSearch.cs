using System.Text.Json;
using Drucksachen.Core.Access;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Persistence.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Drucksachen.Persistence.PostgreSql.Search;

/// <summary>
/// The paper list and search on PostgreSQL: filters and the access rule in LINQ, the text through
/// the search tables (<see cref="SearchSchema"/>) in the same statement. A text hits a paper whose
/// number or title holds it (three characters or more, case and umlauts aside), or whose words hold
/// its words in this order, the last one begun, as written or stemmed (German): "Sozialräume" finds
/// "Sozialraum". The database splits the text into words (drucksachen_search_query) by the rule it
/// indexes with, and gets it as a parameter, so none of it is read as query syntax.
/// The hits are found in the way that costs least for their number, as on SQLite: few are looked
/// up through the search indexes and sorted; many (a word in most papers) are found by walking the
/// list order index and testing each paper's search row, which stops once the count limit is
/// passed, where looking up every hit would have to find and sort all of them.
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
            var publicOnly = PaperAccess.SeesPublicOnly(viewer);
            var many = await ManyHitsAsync(db, text, publicOnly, search.CountLimit, ct);
            var hits = Filtered(many ? Walked(db, text, publicOnly) : Hits(db, text, publicOnly));
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
        db.Papers.FromSqlRaw(HitsSql(publicOnly, text.IsShort), Parameters(text));

    // The same papers, as a test of each paper's search row (by its key), for a walk in list order.
    private static IQueryable<Paper> Walked(DrucksachenDbContext db, PaperSearchText text, bool publicOnly) =>
        db.Papers.FromSqlRaw(WalkedSql(publicOnly, text.IsShort), Parameters(text));

    private static NpgsqlParameter[] Parameters(PaperSearchText text) =>
        [new NpgsqlParameter("text", text.Text), new NpgsqlParameter("pattern", Pattern(text.Text))];

    // Whether walking the list costs less than looking the hits up, by the planner's estimate of
    // the hits (from the indexes' statistics; the hits are not read). A walk tests about
    // limit × papers / hits rows, each test about five times the cost of looking a hit up
    // (reading its search row against taking its key from the index and its paper by key).
    // In one round trip with the setting that has the snapshot's statements planned for the text
    // at hand: a plan kept for a prepared statement would have chosen once for every text.
    private static async Task<bool> ManyHitsAsync(DrucksachenDbContext db, PaperSearchText text, bool publicOnly, int countLimit, CancellationToken ct)
    {
        var tables = Tables(publicOnly);
        var hits = string.Join(" UNION ALL ", tables.Select(table => $"""SELECT 1 FROM "{table}" WHERE {string.Join(" OR ", Conditions(text.IsShort))}"""));
        var papers = string.Join(" UNION ALL ", tables.Select(table => $"""SELECT 1 FROM "{table}" """));
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"""
            SET LOCAL plan_cache_mode = force_custom_plan;
            EXPLAIN (FORMAT JSON) {hits};
            EXPLAIN (FORMAT JSON) {papers};
            """;
        command.Parameters.AddRange(Parameters(text));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var estimatedHits = await EstimatedRowsAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var estimatedPapers = await EstimatedRowsAsync(reader, ct);
        return estimatedHits * estimatedHits >= 5.0 * (countLimit + 1) * estimatedPapers;
    }

    private static async Task<double> EstimatedRowsAsync(System.Data.Common.DbDataReader reader, CancellationToken ct)
    {
        await reader.ReadAsync(ct);
        using var plan = JsonDocument.Parse(reader.GetString(0));
        return plan.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
    }

    // The text as an ILIKE pattern for any part of number or title; its own % _ \ match themselves.
    private static string Pattern(string text) =>
        "%" + text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";

    // Made of constants alone: the text comes in as parameters.
    private static string HitsSql(bool publicOnly, bool isShort)
    {
        var matches = Tables(publicOnly).SelectMany(table => Conditions(isShort).Select(condition => $"""SELECT "PaperId" FROM "{table}" WHERE {condition}"""));
        return $"""SELECT * FROM "Papers" WHERE "Id" IN ({string.Join(" UNION ALL ", matches)})""";
    }

    private static string WalkedSql(bool publicOnly, bool isShort)
    {
        var tests = Tables(publicOnly).Select(table =>
            $"""EXISTS (SELECT 1 FROM "{table}" WHERE "PaperId" = p."Id" AND ({string.Join(" OR ", Conditions(isShort))}))""");
        return $"""SELECT * FROM "Papers" AS p WHERE {string.Join(" OR ", tests)}""";
    }

    private static string[] Tables(bool publicOnly) =>
        publicOnly ? ["PublicPaperSearch"] : ["PublicPaperSearch", "InternalPaperSearch"];

    // The ways a search row matches the text, on the columns of the search tables.
    private static IEnumerable<string> Conditions(bool isShort)
    {
        yield return """ "Words" @@ to_tsquery('simple', drucksachen_search_query(@text))""";
        yield return """ "Stems" @@ to_tsquery('drucksachen_german', drucksachen_search_query(@text))""";
        if (!isShort) yield return """ "NumberAndTitle" ILIKE @pattern""";
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
