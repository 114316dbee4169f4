namespace Drucksachen.Persistence.PostgreSql.Search;

/// <summary>
/// The list order indexes on PostgreSQL, in the order <see cref="PostgreSqlListOrder"/> asks for
/// (papers without number last): one for everyone's lists, and a partial one of the released
/// public papers, which anonymous lists read and count without touching any other paper's row.
/// </summary>
public static class ListOrderSchema
{
    private const string Order = """("NumberYear" IS NULL), "NumberYear" DESC, "NumberSequence" DESC, "CreatedAt" DESC, "Id" """;

    public static string Up => $"""
        CREATE INDEX "IX_Papers_ListOrderNullsLast" ON "Papers" ({Order});
        CREATE INDEX "IX_Papers_PublicListOrderNullsLast" ON "Papers" ({Order}) WHERE "ReleasedAt" IS NOT NULL AND "IsPublic";
        """;

    public static string Down => """
        DROP INDEX "IX_Papers_PublicListOrderNullsLast";
        DROP INDEX "IX_Papers_ListOrderNullsLast";
        """;
}
