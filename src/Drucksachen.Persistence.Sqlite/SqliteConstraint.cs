using Microsoft.Data.Sqlite;

namespace Drucksachen.Persistence.Sqlite;

/// <summary>SQLite's refusal of a write: SQLITE_CONSTRAINT, from a unique index or a trigger's RAISE(ABORT) on the append-only tables.</summary>
internal static class SqliteConstraint
{
    private const int SqliteConstraintCode = 19;

    // The extended codes of SQLITE_CONSTRAINT for a unique index and a primary key (not NOT NULL, CHECK, a trigger's RAISE).
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>SQLite's message, which names the table or index, or null when <paramref name="error"/> is no such refusal.</summary>
    public static string? Violated(Exception error) =>
        error is SqliteException { SqliteErrorCode: SqliteConstraintCode } e ? e.Message : null;

    /// <summary>Whether <paramref name="error"/> is a write refused by a unique index or a primary key.</summary>
    public static bool IsUniqueKey(Exception error) =>
        error is SqliteException { SqliteExtendedErrorCode: SqliteConstraintPrimaryKey or SqliteConstraintUnique };
}
