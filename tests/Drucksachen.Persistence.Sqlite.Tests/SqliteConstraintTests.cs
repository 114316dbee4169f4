using Microsoft.Data.Sqlite;

namespace Drucksachen.Persistence.Sqlite.Tests;

/// <summary>
/// A write refused for a unique key or by an append-only trigger is a conflict another writer
/// caused (the user reloads and tries again); a NOT NULL, CHECK or foreign key refusal is a fault of
/// the write itself, and is no conflict, as on PostgreSQL.
/// </summary>
public sealed class SqliteConstraintTests : IDisposable
{
    private readonly IDatabaseProvider _provider = DatabaseProviders.Get(DatabaseProviders.Sqlite);
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteConstraintTests()
    {
        _connection.Open();
        Execute("""
            PRAGMA foreign_keys = ON;
            CREATE TABLE Owners (Id INTEGER PRIMARY KEY);
            CREATE TABLE Rows (Id INTEGER PRIMARY KEY, Name TEXT NOT NULL UNIQUE, Size INTEGER CHECK (Size > 0),
                OwnerId INTEGER REFERENCES Owners (Id));
            CREATE TRIGGER Rows_NoDelete BEFORE DELETE ON Rows BEGIN SELECT RAISE(ABORT, 'rows are append-only'); END;
            INSERT INTO Rows (Id, Name) VALUES (1, 'a');
            """);
    }

    [Theory]
    [InlineData("INSERT INTO Rows (Id, Name) VALUES (1, 'b')", "Rows.Id")]
    [InlineData("INSERT INTO Rows (Id, Name) VALUES (2, 'a')", "Rows.Name")]
    [InlineData("DELETE FROM Rows", "rows are append-only")]
    public void A_unique_key_or_an_append_only_trigger_is_a_violated_constraint(string write, string named) =>
        Assert.Contains(named, _provider.ViolatedConstraint(Refusal(write)));

    [Theory]
    [InlineData("INSERT INTO Rows (Id, Name) VALUES (2, NULL)")]
    [InlineData("INSERT INTO Rows (Id, Name, Size) VALUES (2, 'b', 0)")]
    [InlineData("INSERT INTO Rows (Id, Name, OwnerId) VALUES (2, 'b', 7)")]
    public void A_not_null_check_or_foreign_key_refusal_is_no_violated_constraint(string write) =>
        Assert.Null(_provider.ViolatedConstraint(Refusal(write)));

    private SqliteException Refusal(string write)
    {
        var error = Assert.Throws<SqliteException>(() => Execute(write));
        Assert.Equal(19, error.SqliteErrorCode);
        return error;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
