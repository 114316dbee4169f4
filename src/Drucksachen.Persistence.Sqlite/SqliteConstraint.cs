using Microsoft.Data.Sqlite;

namespace Drucksachen.Persistence.Sqlite;

/// <summary>SQLite's refusal of a write: SQLITE_CONSTRAINT, from a unique index or a trigger's RAISE(ABORT) on the append-only tables.</summary>
internal static class SqliteConstraint
{
    private const int SqliteConstraintCode = 19;

    /// <summary>SQLite's message, which names the table or index, or null when <paramref name="error"/> is no such refusal.</summary>
    public static string? Violated(Exception error) =>
        error is SqliteException { SqliteErrorCode: SqliteConstraintCode } e ? e.Message : null;
}
