namespace Drucksachen.Persistence.Sqlite.Sessions;

/// <summary>How SQLite takes the next number of a series and year, inside the write transaction.</summary>
internal static class SqliteNumbers
{
    /// <summary>
    /// Passes over numbers that historical papers brought along; parameters @series and @year.
    /// BEGIN IMMEDIATE holds the write lock, so no other writer takes a number meanwhile.
    /// </summary>
    public const string Next = """
        WITH RECURSIVE candidate(n) AS (
            SELECT coalesce((SELECT Last FROM NumberCounters WHERE Series = @series AND Year = @year), 0) + 1
            UNION ALL
            SELECT n + 1 FROM candidate WHERE EXISTS (
                SELECT 1 FROM Papers WHERE NumberSeries = @series AND NumberYear = @year AND NumberSequence = candidate.n))
        INSERT INTO NumberCounters (Series, Year, Last) SELECT @series, @year, max(n) FROM candidate WHERE true
        ON CONFLICT (Series, Year) DO UPDATE SET Last = excluded.Last
        RETURNING Last
        """;
}
