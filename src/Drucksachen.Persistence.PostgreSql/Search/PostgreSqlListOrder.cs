using Drucksachen.Core.Papers;

namespace Drucksachen.Persistence.PostgreSql.Search;

/// <summary>
/// The list order on PostgreSQL: newest number first, papers without number last, as on SQLite.
/// PostgreSQL sorts nulls first in descending order where SQLite sorts them last, so the papers
/// without number are put last explicitly; the index "IX_Papers_ListOrderNullsLast" holds this order.
/// </summary>
public static class PostgreSqlListOrder
{
    public static IOrderedQueryable<Paper> InListOrder(IQueryable<Paper> papers) =>
        papers.OrderBy(p => p.NumberYear == null).ThenByDescending(p => p.NumberYear).ThenByDescending(p => p.NumberSequence)
            .ThenByDescending(p => p.CreatedAt).ThenBy(p => p.Id);
}
