using System.Data;
using Npgsql;

namespace Drucksachen.Persistence.PostgreSql.Numbers;

/// <summary>
/// Hands out the next number of a series and year on PostgreSQL (<c>IPaperSession.NextNumberAsync</c>):
/// unique and gapless under concurrent releases, given back on rollback, passing over numbers that
/// historical papers brought along.
/// </summary>
public static class PostgreSqlNumbers
{
    // The first statement creates the year's counter or locks the existing one; the lock is held
    // until the transaction ends, so concurrent releases queue here and a rollback gives the number
    // back. Only then, in a snapshot of its own taken after the lock (READ COMMITTED takes one per
    // statement), the second finds the first number after the last one that no paper holds: the
    // last + 1, or the first free one after a run of numbers historical papers hold. Computing it in
    // the locking statement would read the papers as they stood before the wait.
    private const string Sql = """
        INSERT INTO "NumberCounters" ("Series", "Year", "Last") VALUES (@series, @year, 0)
        ON CONFLICT ("Series", "Year") DO UPDATE SET "Last" = "NumberCounters"."Last";
        UPDATE "NumberCounters" AS c SET "Last" = (
            SELECT min(candidate.n) FROM (
                SELECT c."Last" + 1 AS n
                UNION ALL
                SELECT p."NumberSequence" + 1 FROM "Papers" AS p
                WHERE p."NumberSeries" = @series AND p."NumberYear" = @year AND p."NumberSequence" > c."Last") AS candidate
            WHERE NOT EXISTS (
                SELECT 1 FROM "Papers" AS q
                WHERE q."NumberSeries" = @series AND q."NumberYear" = @year AND q."NumberSequence" = candidate.n))
        WHERE c."Series" = @series AND c."Year" = @year
        RETURNING c."Last";
        """;

    /// <summary>
    /// The next number, taken inside <paramref name="transaction"/> (READ COMMITTED, PostgreSQL's
    /// default: a stricter level would read the papers from before the wait for the lock).
    /// </summary>
    public static async Task<int> NextAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string series, int year, CancellationToken ct)
    {
        if (transaction.IsolationLevel is not (IsolationLevel.ReadCommitted or IsolationLevel.Unspecified))
            throw new InvalidOperationException($"numbers are taken in a READ COMMITTED transaction, not {transaction.IsolationLevel}");
        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        command.Parameters.AddWithValue("series", series);
        command.Parameters.AddWithValue("year", year);
        return (int)(await command.ExecuteScalarAsync(ct))!;
    }
}
