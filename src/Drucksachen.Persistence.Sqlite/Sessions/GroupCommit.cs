using Microsoft.Data.Sqlite;

namespace Drucksachen.Persistence.Sqlite.Sessions;

/// <summary>
/// The writes of the paper sessions of this process, on one connection, committed in groups.
/// With synchronous=FULL every commit waits for one sync of the write-ahead log, which takes longer
/// than an action's own work; committing the actions of several sessions that write at the same
/// time in one transaction lets them share that sync, as PostgreSQL's concurrent commits share one.
/// <para>
/// A session takes the turn (<see cref="WriterTurn"/>) and finds the group's transaction open, or
/// begins one (BEGIN IMMEDIATE, so other processes' writers still wait for SQLite's lock). A session
/// that joins an open transaction writes under a savepoint of its own, which is rolled back if it
/// fails, so its failure leaves the others' writes as they were; the first of a group needs none,
/// as a rollback of the whole transaction takes back only its own writes. When a session's writes
/// are done and another writer waits for the turn, it hands the turn over without committing; the
/// last (no one waiting, or <see cref="MaxSessions"/> reached) commits. A session is told its writes
/// are saved (<see cref="CompleteAsync"/> returns) only after that commit has returned, and if the
/// commit fails, or SQLite rolls the transaction back by itself, every session of the group gets
/// the error. A session alone commits at once, as without groups.
/// </para>
/// <para>
/// Within a group a later session sees what earlier ones wrote, as if they had committed one after
/// the other in that order: the version check makes it lose against an earlier change of the same
/// paper, and numbers run on without gaps (a number taken under a savepoint rolled back is taken
/// again by the next). The time a session keeps the turn before its commit (e.g. a release rendering
/// its PDF) delays the acknowledgement of the group's earlier sessions; the cap bounds how many.
/// </para>
/// </summary>
internal sealed class GroupCommit(Func<PreparedConnection> open) : IDisposable
{
    // The most sessions one transaction holds, so that the first is not kept waiting while writers keep coming.
    private const int MaxSessions = 32;

    private const string Savepoint = "session";

    // SQLite's result code SQLITE_BUSY.
    private const int SqliteBusy = 5;

    private readonly WriterTurn _turn = new();
    private PreparedConnection? _connection;
    // The open transaction; null when none is open. Only the writer holding the turn touches these.
    private Group? _group;
    private bool _inSavepoint;
    private volatile bool _disposed;

    /// <summary>How many sessions wait for the turn.</summary>
    internal int Waiting => _turn.Waiting;

    /// <summary>
    /// Takes the turn and joins the open transaction or begins one; the session then writes on the
    /// returned connection until it calls <see cref="CompleteAsync"/> or <see cref="Leave"/>.
    /// Another writer of this process holding the turn past the busy timeout fails this one as SQLite's
    /// own busy error would.
    /// </summary>
    public async Task<PreparedConnection> EnterAsync(CancellationToken ct)
    {
        if (!await _turn.TakeAsync(SqlitePragmas.BusyTimeout, ct))
            throw new SqliteException("database is locked: another writer of this process kept it beyond the busy timeout", SqliteBusy);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var connection = _connection ??= open();
            if (_group is null)
            {
                connection.Begin();
                _group = new Group();
            }
            else
            {
                connection.Execute($"SAVEPOINT {Savepoint}");
                _inSavepoint = true;
            }
            return connection;
        }
        catch
        {
            if (_group is not null && _connection!.TransactionLost)
                Abort(LostTransaction());
            PassOn();
            throw;
        }
    }

    /// <summary>
    /// The writers' connection for a read outside any transaction, if no writer has the turn (null
    /// otherwise); it goes back through <see cref="GiveBack"/>. A session alone so reads where it
    /// writes: SQLite drops a connection's page cache whenever another connection has committed,
    /// so reads on a pooled connection would read their pages anew after every commit.
    /// </summary>
    public PreparedConnection? TryLend()
    {
        if (!_turn.TryTake()) return null;
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _connection ??= open();
        }
        catch
        {
            PassTurn();
            throw;
        }
    }

    /// <summary>Takes back a connection <see cref="TryLend"/> gave out; false if <paramref name="connection"/> is another.</summary>
    public bool GiveBack(PreparedConnection connection)
    {
        if (!ReferenceEquals(connection, _connection)) return false;
        if (!connection.Reset()) Close();
        PassTurn();
        return true;
    }

    /// <summary>
    /// The session's writes are done: returns once the transaction holding them is committed, and
    /// throws if that commit failed. Not cancellable: whether the writes are saved is decided by then.
    /// </summary>
    public async Task CompleteAsync()
    {
        var group = _group!;
        if (_inSavepoint)
        {
            try
            {
                _connection!.Execute($"RELEASE {Savepoint}");
                _inSavepoint = false;
            }
            catch
            {
                Leave();
                throw;
            }
        }
        var committed = group.Join();
        if (group.Sessions < MaxSessions && _turn.TryHandOver())
        {
            await committed;
            return;
        }
        CommitGroup();
    }

    /// <summary>
    /// Takes back what the session wrote since <see cref="EnterAsync"/> and passes the turn on; the
    /// writes of the group's other sessions stay, and are committed if no one takes the turn over.
    /// Never throws: an error here fails the group's sessions, which wait for it.
    /// </summary>
    public void Leave()
    {
        try
        {
            if (_group is null) return;
            if (!_inSavepoint) Abort(null);
            else if (_connection!.TransactionLost)
                Abort(LostTransaction());
            else
            {
                _connection.Execute($"ROLLBACK TO {Savepoint}");
                _connection.Execute($"RELEASE {Savepoint}");
            }
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException)
        {
            Abort(e);
        }
        finally
        {
            _inSavepoint = false;
        }
        PassOn();
    }

    // Passes the turn on: an open transaction to the next writer, or, if none waits, committed.
    private void PassOn()
    {
        if (_group is null) PassTurn();
        else if (!_turn.TryHandOver())
        {
            try
            {
                CommitGroup();
            }
            catch (Exception e) when (e is SqliteException or InvalidOperationException)
            {
                // The group's sessions were given the error; the one passing on fails with its own.
            }
        }
    }

    private void CommitGroup()
    {
        var group = _group!;
        _group = null;
        try
        {
            _connection!.Commit();
            group.Committed();
            // Lets go of the last parameter values (a document's content, say).
            if (!_connection.Reset()) Close();
        }
        catch (Exception e)
        {
            RollBack();
            group.Failed(e);
            throw;
        }
        finally
        {
            PassTurn();
        }
    }

    // Rolls back the whole transaction; its sessions that wait are given the error.
    private void Abort(Exception? error)
    {
        var group = _group!;
        _group = null;
        RollBack();
        if (group.Sessions > 0) group.Failed(error ?? new InvalidOperationException("the transaction was rolled back; nothing was saved"));
    }

    private static InvalidOperationException LostTransaction() =>
        new("the transaction was rolled back by SQLite after an error; nothing was saved");

    private void RollBack()
    {
        if (_connection!.Reset()) return;
        // A connection that cannot roll back is not used again; the next writer opens another.
        _connection.Dispose();
        _connection = null;
    }

    private void PassTurn()
    {
        if (_disposed && _group is null) Close();
        _turn.Pass();
    }

    private void Close()
    {
        _connection?.Dispose();
        _connection = null;
    }

    public void Dispose()
    {
        _disposed = true;
        // Else whoever has the turn closes the connection as it passes the turn on.
        if (_turn.TryTake()) PassTurn();
    }

    /// <summary>The sessions whose writes an open transaction holds, and the news of its commit.</summary>
    private sealed class Group
    {
        private readonly TaskCompletionSource _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Sessions { get; private set; }

        /// <summary>Adds a session's writes; the task ends when they are committed.</summary>
        public Task Join()
        {
            Sessions++;
            return _committed.Task;
        }

        public void Committed() => _committed.SetResult();

        public void Failed(Exception error)
        {
            _committed.SetException(error);
            // Observed here: the sessions that wait rethrow it, and when none waits no one must.
            _ = _committed.Task.Exception;
        }
    }
}
