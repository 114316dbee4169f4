using System.Collections.Concurrent;
using Drucksachen.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Sqlite.Sessions;

/// <summary>
/// Opens the paper sessions on SQLite (<see cref="SqlitePaperSession"/>). A session reads on a
/// connection from a small pool kept here, which stays open with the statements earlier sessions
/// prepared on it (see <see cref="PreparedConnection"/>), and after <c>BeginAsync</c> reads and
/// writes on the one connection of this process's writers, whose concurrent sessions commit together
/// (<see cref="GroupCommit"/>). Disposing this closes the connections.
/// A store that must write in the same transaction as a session (e.g. a meeting's outcomes for many
/// papers) runs its statements on the session's writing <see cref="PreparedConnection"/> between
/// <c>BeginAsync</c> and <c>CommitAsync</c>, so they are kept or taken back with the session's own.
/// </summary>
public sealed class PaperSessions : IPaperSessions, IDisposable
{
    // Enough for the sessions that run at once; beyond that, connections are opened and closed per session.
    private const int MaxIdle = 16;

    private readonly ConcurrentStack<PreparedConnection> _idle = new();
    private readonly string _connectionString;
    private readonly PaperRows _rows;
    private volatile bool _disposed;

    public PaperSessions(IDbContextFactory<DrucksachenDbContext> contexts)
    {
        using var db = contexts.CreateDbContext();
        _connectionString = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("the database context has no connection string");
        _rows = PaperRows.For(db.Model);
        Writes = new GroupCommit(Open);
    }

    /// <summary>Where the sessions write.</summary>
    internal GroupCommit Writes { get; }

    public IPaperSession OpenSession() => new SqlitePaperSession(this, _rows);

    internal PreparedConnection Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        // The most recently used connection first: it has the statements of the latest actions.
        return Writes.TryLend() ?? (_idle.TryPop(out var idle) ? idle : Open());
    }

    private PreparedConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            SqlitePragmas.Apply(connection);
            return new PreparedConnection(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    internal void Return(PreparedConnection connection)
    {
        if (Writes.GiveBack(connection)) return;
        if (!connection.Reset() || _disposed || _idle.Count >= MaxIdle)
        {
            connection.Dispose();
            return;
        }
        _idle.Push(connection);
        // Disposed meanwhile: the loop in Dispose may have missed it.
        if (_disposed) Dispose();
    }

    public void Dispose()
    {
        _disposed = true;
        Writes.Dispose();
        while (_idle.TryPop(out var connection)) connection.Dispose();
    }
}
