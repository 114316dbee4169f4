using System.Globalization;
using Drucksachen.Core.Documents;
using Drucksachen.Core.Errors;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Persistence.Sessions;
using Drucksachen.Persistence.Stores;
using Microsoft.Data.Sqlite;

namespace Drucksachen.Persistence.Sqlite.Sessions;

/// <summary>
/// A unit of work without EF queries or change tracking: a paper is read, on a connection borrowed
/// from <see cref="PaperSessions"/>, with a snapshot of its stored values, and after
/// <see cref="BeginAsync"/> the session reads and writes in the transaction of this process's
/// writers (<see cref="GroupCommit"/>); <see cref="CommitAsync"/> writes what changed (and new papers,
/// history entries and documents) through <see cref="PaperRows"/>, which takes tables, columns and
/// conversions from the EF model. The paper's row is updated only if its version is still the
/// loaded one, so of two concurrent changes exactly one is saved.
/// The session joins that transaction, as SQLite's deferred transactions take their lock, at its
/// first statement after <see cref="BeginAsync"/>, not at the call: what an action computes before
/// it writes (its workflow step, the history entry's hashes) then runs beside the other writers
/// instead of while they wait for their turn.
/// </summary>
internal sealed class SqlitePaperSession(PaperSessions sessions, PaperRows rows) : IPaperSession
{
    private readonly Dictionary<Guid, (Paper Paper, PaperSnapshot Before)> _loaded = [];
    private readonly List<Paper> _added = [];
    private readonly List<HistoryEntry> _appended = [];
    private readonly List<DocumentVersion> _documents = [];
    // The writers' connection, from the first statement after BeginAsync until the commit or the end of the session.
    private PreparedConnection? _writer;
    private bool _begun;

    public async Task<Paper?> FindAsync(string reference, CancellationToken ct) =>
        await ReadAsync(connection => PaperLookup.ResolveAsync(connection.Connection, null, reference, ct), ct) is { } id
            ? await FindAsync(id, ct)
            : null;

    public async Task<Paper?> FindAsync(Guid id, CancellationToken ct)
    {
        // One instance per paper and session, as a tracking query would give.
        if (_loaded.TryGetValue(id, out var loaded)) return loaded.Paper;
        var paper = await ReadAsync(connection => rows.ReadAsync(connection, id, ct), ct);
        if (paper is not null) _loaded[id] = (paper, rows.Snapshot(paper));
        return paper;
    }

    public void Add(Paper paper) => _added.Add(paper);

    public void Append(HistoryEntry entry) => _appended.Add(entry);

    public void Add(DocumentVersion document) => _documents.Add(document);

    public async Task<int> NextDocumentVersionAsync(Guid paperId, CancellationToken ct) =>
        1 + await ReadAsync(connection => rows.LastDocumentVersionAsync(connection, paperId, ct), ct) + _documents.Count(d => d.PaperId == paperId);

    public Task BeginAsync(CancellationToken ct)
    {
        _begun = true;
        return Task.CompletedTask;
    }

    // One statement both creates the year's counter and advances it to the first number after it
    // that no paper holds (historical papers bring their own); the row stays locked until commit,
    // so concurrent releases queue here and a rollback gives the number back.
    public Task<int> NextNumberAsync(string series, int year, CancellationToken ct) =>
        ScalarAsync(SqliteNumbers.Next, series, year, ct);

    public async Task CommitAsync(CancellationToken ct)
    {
        var connection = await WriterAsync(ct);
        List<(Paper Paper, PaperSnapshot After)> written;
        try
        {
            written = await WriteAsync(connection, ct);
        }
        catch (Exception e)
        {
            LeaveWrites();
            if (SqliteConstraint.Violated(e) is { } violated)
                throw new DrucksachenException(ErrorKind.Conflict, $"nothing was saved: {ConflictMessages.For(violated)}", e);
            throw;
        }
        _writer = null;
        _begun = false;
        await sessions.Writes.CompleteAsync();

        // What was written is now the loaded state. Papers added by this session are not watched
        // further (a session is one unit of work and commits once).
        foreach (var (paper, after) in written) _loaded[paper.Id] = (paper, after);
        _added.Clear();
        _appended.Clear();
        _documents.Clear();
    }

    private async Task<List<(Paper Paper, PaperSnapshot After)>> WriteAsync(PreparedConnection connection, CancellationToken ct)
    {
        await InsertAsync(connection, ct);
        var written = new List<(Paper Paper, PaperSnapshot After)>(_loaded.Count);
        foreach (var (paper, before) in _loaded.Values)
        {
            rows.OwnConsultations(paper);
            var after = rows.Snapshot(paper);
            if (!await UpdateAsync(connection, paper, before, after, ct))
                throw new DrucksachenException(ErrorKind.Conflict,
                    $"Drucksache {paper.Reference} was changed by someone else meanwhile; nothing was saved, reload and try again");
            written.Add((paper, after));
        }
        foreach (var entry in _appended)
            rows.SetHistoryId(entry, (await rows.History.InsertAsync(connection, entry, entry.PaperId, ct))!.Value);
        foreach (var document in _documents)
            await rows.Documents.InsertAsync(connection, document, document.PaperId, ct);
        return written;
    }

    private async Task InsertAsync(PreparedConnection connection, CancellationToken ct)
    {
        // Most commits are actions on loaded papers: no staging statements for them.
        if (_added.Count == 0) return;
        // All papers first and in one statement, for their search triggers (see TableMap.InsertAllAsync).
        await rows.Papers.InsertAllAsync(connection, _added.Select(paper => ((object)paper, paper.Id)), ct);
        foreach (var paper in _added)
        {
            rows.OwnConsultations(paper);
            await rows.Workflows.InsertAsync(connection, paper.Workflow, paper.Id, ct);
            foreach (var c in paper.Consultations) await rows.Consultations.InsertAsync(connection, c, paper.Id, ct);
        }
    }

    /// <summary>Writes what changed since loading; false if the paper's version is no longer the loaded one.</summary>
    private async Task<bool> UpdateAsync(PreparedConnection connection, Paper paper, PaperSnapshot before, PaperSnapshot after, CancellationToken ct)
    {
        var workflowChanged = !TableMap.Same(before.Workflow, after.Workflow);
        var consultationsChanged = before.Consultations.Count != after.Consultations.Count
            || after.Consultations.Any(c => !before.Consultations.TryGetValue(c.Key, out var old) || !TableMap.Same(old, c.Value));
        if (!workflowChanged && !consultationsChanged && TableMap.Same(before.Paper, after.Paper)) return true;

        // The paper's row first: it claims the loaded version for the whole aggregate.
        if (!await rows.Papers.UpdateAsync(connection, paper, paper.Id, before.Paper, after.Paper, checkVersion: true, ct))
            return false;
        if (workflowChanged)
            await rows.Workflows.UpdateAsync(connection, paper.Workflow, paper.Id, before.Workflow, after.Workflow, checkVersion: false, ct);
        if (consultationsChanged)
        {
            foreach (var (id, old) in before.Consultations)
                if (!after.Consultations.ContainsKey(id))
                    await rows.Consultations.DeleteAsync(connection, old, ct);
            foreach (var c in paper.Consultations)
            {
                if (!before.Consultations.TryGetValue(c.Id, out var old))
                    await rows.Consultations.InsertAsync(connection, c, paper.Id, ct);
                else if (!TableMap.Same(old, after.Consultations[c.Id]))
                    await rows.Consultations.UpdateAsync(connection, c, paper.Id, old, after.Consultations[c.Id], checkVersion: false, ct);
            }
        }
        return true;
    }

    // Before BeginAsync on a connection borrowed for the one read, so that none is held while the action decides.
    private async Task<T> ReadAsync<T>(Func<PreparedConnection, Task<T>> read, CancellationToken ct)
    {
        if (_begun) return await read(await WriterAsync(ct));
        var connection = sessions.Rent();
        try
        {
            return await read(connection);
        }
        finally
        {
            sessions.Return(connection);
        }
    }

    private async ValueTask<PreparedConnection> WriterAsync(CancellationToken ct)
    {
        if (_writer is null)
        {
            _writer = await sessions.Writes.EnterAsync(ct);
            _begun = true;
        }
        return _writer;
    }

    // Takes back what the session wrote and lets the other writers go on.
    private void LeaveWrites()
    {
        _begun = false;
        if (_writer is null) return;
        _writer = null;
        sessions.Writes.Leave();
    }

    public ValueTask DisposeAsync()
    {
        LeaveWrites();
        return ValueTask.CompletedTask;
    }

    private async Task<int> ScalarAsync(string sql, string series, int year, CancellationToken ct)
    {
        var command = (await WriterAsync(ct)).Command(sql);
        command.Parameters.AddWithValue("@series", series);
        command.Parameters.AddWithValue("@year", year);
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }
}
