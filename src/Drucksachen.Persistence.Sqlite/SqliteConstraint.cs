using Microsoft.Data.Sqlite;

namespace Drucksachen.Persistence.Sqlite;

/// <summary>
/// SQLite's refusal of a write by a unique index or primary key, or by a trigger's RAISE(ABORT) on
/// the append-only tables: the ones PostgreSQL reports as unique_violation and restrict_violation.
/// A NOT NULL, CHECK or foreign key refusal is a fault of the write, not a conflict.
/// </summary>
internal static class SqliteConstraint
{
    // The extended codes of SQLITE_CONSTRAINT (19) for a primary key, a unique index and a trigger.
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintTrigger = 1811;

    /// <summary>SQLite's message, which names the table or index, or null when <paramref name="error"/> is no such refusal.</summary>
    public static string? Violated(Exception error) =>
        error is SqliteException { SqliteExtendedErrorCode: SqliteConstraintPrimaryKey or SqliteConstraintUnique or SqliteConstraintTrigger } e
            ? e.Message
            : null;
}
