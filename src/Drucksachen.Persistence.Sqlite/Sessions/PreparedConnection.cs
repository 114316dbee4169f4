using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Drucksachen.Persistence.Sqlite.Sessions;

/// <summary>
/// An open connection that keeps the commands it has prepared, and runs one transaction at a time.
/// SQLite forgets a connection's prepared statements when the connection closes, and preparing the
/// paper's statements anew for every workflow action cost more than running them; so sessions
/// borrow these from <see cref="PaperSessions"/> instead of opening and closing a connection each.
/// </summary>
internal sealed class PreparedConnection(SqliteConnection connection) : IDisposable
{
    // Updates name only the columns that changed, so their texts vary; this bounds what is kept.
    private const int MaxCommands = 64;

    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private bool _inTransaction;

    public SqliteConnection Connection => connection;

    /// <summary>
    /// The command for <paramref name="sql"/>, without parameters; prepared on its first execution
    /// and kept. It belongs to this connection: do not dispose it.
    /// </summary>
    public SqliteCommand Command(string sql)
    {
        // After an error SQLite may have rolled the transaction back by itself; a later statement
        // would then run (and commit) on its own, so nothing more may run until the session ends.
        if (TransactionLost)
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
    /// BeginTransaction does: the write lock is taken at once, so writers of other processes wait
    /// here (up to the busy timeout) instead of failing at their first write. Its statements are
    /// kept prepared like the others instead of being prepared for every transaction.
    /// </summary>
    public void Begin()
    {
        Execute("BEGIN IMMEDIATE");
        _inTransaction = true;
    }

    public void Commit()
    {
        Execute("COMMIT");
        _inTransaction = false;
    }

    /// <summary>Whether SQLite rolled the open transaction back by itself after an error.</summary>
    public bool TransactionLost => _inTransaction && raw.sqlite3_get_autocommit(connection.Handle) != 0;

    public void Execute(string sql) => Command(sql).ExecuteNonQuery();

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
    }

    public void Dispose()
    {
        DisposeCommands();
        connection.Dispose();
    }

    private void DisposeCommands()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
    }
}
