using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Drucksachen.Persistence.Sqlite.Sessions;

/// <summary>
/// An open connection that keeps the commands it has prepared, and runs one transaction at a time.
/// SQLite forgets a connection's prepared statements when the connection closes, and preparing the
/// paper's statements anew for every workflow action cost more than running them; so sessions
/// borrow these from <see cref="PaperSessions"/> instead of opening and closing a connection each.
/// <paramref name="writers"/> is the turn the writers of this process queue for (see <see cref="BeginAsync"/>).
/// </summary>
internal sealed class PreparedConnection(SqliteConnection connection, SemaphoreSlim writers) : IDisposable
{
    // Updates name only the columns that changed, so their texts vary; this bounds what is kept.
    private const int MaxCommands = 64;

    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private bool _inTransaction;
    private bool _hasTurn;

    public SqliteConnection Connection => connection;

    /// <summary>
    /// The command for <paramref name="sql"/>, without parameters; prepared on its first execution
    /// and kept. It belongs to this connection: do not dispose it.
    /// </summary>
    public SqliteCommand Command(string sql)
    {
        // After an error SQLite may have rolled the transaction back by itself; a later statement
        // would then run (and commit) on its own, so nothing more may run until the session ends.
        if (_inTransaction && raw.sqlite3_get_autocommit(connection.Handle) != 0)
            throw new InvalidOperationException("the transaction was rolled back after an error; nothing was saved");
        if (!_commands.TryGetValue(sql, out var command))
        {
            if (_commands.Count >= MaxCommands) DisposeCommands();
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }
        command.Parameters.Clear();
        return command;
    }

    /// <summary>
    /// Starts the write transaction with BEGIN IMMEDIATE, as Microsoft.Data.Sqlite's (and so EF's)
    /// BeginTransaction does: the write lock is taken at once, so concurrent writers queue here (up
    /// to the busy timeout) instead of failing at their first write. Its statements are kept
    /// prepared like the others instead of being prepared for every transaction.
    /// The writers of this process first wait for their turn, which passes on the moment a commit
    /// or rollback ends: SQLite lets a writer that finds the lock taken sleep a millisecond and
    /// more before it tries again, longer than a whole action takes, so writers slept while the
    /// lock was free. Other processes' writers still wait in SQLite's busy handler; a writer whose
    /// turn has not come within the busy timeout goes on to SQLite's lock and its timeout.
    /// </summary>
    public async Task BeginAsync(CancellationToken ct)
    {
        if (_inTransaction) return;
        _hasTurn = await writers.WaitAsync(SqlitePragmas.BusyTimeout, ct);
        try
        {
            Command("BEGIN IMMEDIATE").ExecuteNonQuery();
        }
        catch
        {
            PassTurn();
            throw;
        }
        _inTransaction = true;
    }

    public void Commit()
    {
        Command("COMMIT").ExecuteNonQuery();
        _inTransaction = false;
        PassTurn();
    }

    /// <summary>
    /// Rolls back a transaction that was not committed and lets go of the last parameter values (a
    /// document's content, say). False if that failed and the connection should not be used again.
    /// </summary>
    public bool Reset()
    {
        _inTransaction = false;
        try
        {
            // Still open if the session ended without committing, unless SQLite rolled back itself.
            if (raw.sqlite3_get_autocommit(connection.Handle) == 0) Command("ROLLBACK").ExecuteNonQuery();
            foreach (var command in _commands.Values) command.Parameters.Clear();
            return true;
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException)
        {
            return false;
        }
        finally
        {
            PassTurn();
        }
    }

    public void Dispose()
    {
        DisposeCommands();
        connection.Dispose();
        PassTurn();
    }

    private void PassTurn()
    {
        if (!_hasTurn) return;
        _hasTurn = false;
        writers.Release();
    }

    private void DisposeCommands()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
    }
}
