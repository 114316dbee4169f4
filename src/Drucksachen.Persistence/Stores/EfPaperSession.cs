using Drucksachen.Core.Documents;
using Drucksachen.Core.Errors;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Drucksachen.Persistence.Stores;

/// <summary>
/// Papers and history entries are not tracked by EF: a paper is loaded untracked with a snapshot of
/// its stored values, and <see cref="CommitAsync"/> writes what changed (and new papers and entries)
/// through <see cref="PaperRows"/>, which takes tables, columns and conversions from the EF model.
/// The paper's row is updated only if its version is still the loaded one, so of two concurrent
/// changes exactly one is saved. Documents still go through EF.
/// </summary>
internal sealed class EfPaperSession(DrucksachenDbContext db) : IPaperSession
{
    private IDbContextTransaction? _transaction;
    private readonly PaperRows _rows = PaperRows.For(db.Model);
    private readonly Dictionary<Guid, (Paper Paper, PaperSnapshot Before)> _loaded = [];
    private readonly List<Paper> _added = [];
    private readonly List<HistoryEntry> _appended = [];
    private bool _documents;

    // Compiled once: loading the paper is on the path of every workflow action.
    private static readonly Func<DrucksachenDbContext, Guid, CancellationToken, Task<Paper?>> PaperById =
        EF.CompileAsyncQuery((DrucksachenDbContext db, Guid id, CancellationToken ct) =>
            db.Papers.AsNoTracking().Include(p => p.Consultations.OrderBy(c => c.Position)).FirstOrDefault(p => p.Id == id));

    public async Task<Paper?> FindAsync(string reference, CancellationToken ct)
    {
        await OpenAsync(ct);
        return await PaperLookup.ResolveAsync(db, reference, ct) is { } id ? await FindAsync(id, ct) : null;
    }

    public async Task<Paper?> FindAsync(Guid id, CancellationToken ct)
    {
        // One instance per paper and session, as a tracking query would give.
        if (_loaded.TryGetValue(id, out var loaded)) return loaded.Paper;
        await OpenAsync(ct);
        var paper = await PaperById(db, id, ct);
        if (paper is not null) _loaded[id] = (paper, _rows.Snapshot(paper));
        return paper;
    }

    public void Add(Paper paper) => _added.Add(paper);

    public void Append(HistoryEntry entry) => _appended.Add(entry);

    public void Add(DocumentVersion document)
    {
        db.Documents.Add(document);
        _documents = true;
    }

    public async Task<int> NextDocumentVersionAsync(Guid paperId, CancellationToken ct) =>
        1 + (await db.Documents.Where(d => d.PaperId == paperId).MaxAsync(d => (int?)d.Version, ct) ?? 0)
          + db.Documents.Local.Count(d => d.PaperId == paperId);

    public async Task BeginAsync(CancellationToken ct) =>
        _transaction ??= await db.Database.BeginTransactionAsync(ct);

    // One statement both creates the year's counter and advances it; the row stays locked until
    // commit, so concurrent releases queue here and a rollback gives the number back.
    public Task<int> NextNumberAsync(string series, int year, CancellationToken ct) =>
        ScalarAsync("""
            INSERT INTO NumberCounters (Series, Year, Last) VALUES (@series, @year, 1)
            ON CONFLICT (Series, Year) DO UPDATE SET Last = Last + 1
            RETURNING Last
            """, series, year, 0, ct);

    public Task ReserveNumberAsync(string series, int year, int sequence, CancellationToken ct) =>
        ScalarAsync("""
            INSERT INTO NumberCounters (Series, Year, Last) VALUES (@series, @year, @sequence)
            ON CONFLICT (Series, Year) DO UPDATE SET Last = max(Last, excluded.Last)
            RETURNING Last
            """, series, year, sequence, ct);

    public async Task CommitAsync(CancellationToken ct)
    {
        try
        {
            await BeginAsync(ct);
            var connection = db.Database.GetDbConnection();
            var transaction = _transaction!.GetDbTransaction();
            await InsertAsync(connection, transaction, ct);
            foreach (var (paper, before) in _loaded.Values)
                if (!await UpdateAsync(connection, transaction, paper, before, ct))
                    throw new DrucksachenException(ErrorKind.Conflict,
                        $"Drucksache {paper.Reference} was changed by someone else meanwhile; nothing was saved, reload and try again");
            if (_appended.Count > 0)
            {
                await using var insert = _rows.History.InsertCommand(connection, transaction);
                foreach (var entry in _appended)
                    _rows.SetHistoryId(entry, (await _rows.History.InsertAsync(insert, entry, entry.PaperId, ct))!.Value);
            }
            if (_documents) await db.SaveChangesAsync(ct);
            await _transaction!.CommitAsync(ct);
            Accept();
        }
        catch (SqliteException constraint) when (constraint.SqliteErrorCode == 19)
        {
            throw new DrucksachenException(ErrorKind.Conflict, $"nothing was saved: {Constraint(constraint)}", constraint);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 } constraint)
        {
            throw new DrucksachenException(ErrorKind.Conflict, $"nothing was saved: {Constraint(constraint)}", e);
        }
    }

    // As after EF's SaveChanges: what was written is now the loaded state. Papers added by this
    // session are not watched further (a session is one unit of work and commits once).
    private void Accept()
    {
        foreach (var (id, (paper, _)) in _loaded.ToList()) _loaded[id] = (paper, _rows.Snapshot(paper));
        _added.Clear();
        _appended.Clear();
        _documents = false;
    }

    private async Task InsertAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, CancellationToken ct)
    {
        if (_added.Count == 0) return;
        await using var papers = _rows.Papers.InsertCommand(connection, transaction);
        await using var workflows = _rows.Workflows.InsertCommand(connection, transaction);
        await using var consultations = _rows.Consultations.InsertCommand(connection, transaction);
        foreach (var paper in _added)
        {
            _rows.OwnConsultations(paper);
            await _rows.Papers.InsertAsync(papers, paper, paper.Id, ct);
            await _rows.Workflows.InsertAsync(workflows, paper.Workflow, paper.Id, ct);
            foreach (var c in paper.Consultations) await _rows.Consultations.InsertAsync(consultations, c, paper.Id, ct);
        }
    }

    /// <summary>Writes what changed since loading; false if the paper's version is no longer the loaded one.</summary>
    private async Task<bool> UpdateAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction,
        Paper paper, PaperSnapshot before, CancellationToken ct)
    {
        var after = _rows.Snapshot(paper);
        var workflowChanged = !TableMap.Same(before.Workflow, after.Workflow);
        var consultationsChanged = before.Consultations.Count != after.Consultations.Count
            || after.Consultations.Any(c => !before.Consultations.TryGetValue(c.Key, out var old) || !TableMap.Same(old, c.Value));
        if (!workflowChanged && !consultationsChanged && TableMap.Same(before.Paper, after.Paper)) return true;

        // The paper's row first: it claims the loaded version for the whole aggregate.
        if (!await _rows.Papers.UpdateAsync(connection, transaction, paper, paper.Id, before.Paper, after.Paper, checkVersion: true, ct))
            return false;
        if (workflowChanged)
            await _rows.Workflows.UpdateAsync(connection, transaction, paper.Workflow, paper.Id, before.Workflow, after.Workflow, checkVersion: false, ct);
        if (consultationsChanged)
        {
            _rows.OwnConsultations(paper);
            foreach (var (id, old) in before.Consultations)
                if (!after.Consultations.ContainsKey(id))
                    await _rows.Consultations.DeleteAsync(connection, transaction, old, ct);
            foreach (var c in paper.Consultations)
            {
                if (!before.Consultations.TryGetValue(c.Id, out var old))
                {
                    await using var insert = _rows.Consultations.InsertCommand(connection, transaction);
                    await _rows.Consultations.InsertAsync(insert, c, paper.Id, ct);
                }
                else if (!TableMap.Same(old, after.Consultations[c.Id]))
                    await _rows.Consultations.UpdateAsync(connection, transaction, c, paper.Id, old, after.Consultations[c.Id], checkVersion: false, ct);
            }
        }
        return true;
    }

    // One connection for the whole unit of work, instead of one per command.
    private async Task OpenAsync(CancellationToken ct)
    {
        if (db.Database.GetDbConnection().State != System.Data.ConnectionState.Open)
            await db.Database.OpenConnectionAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null) await _transaction.DisposeAsync();
        await db.DisposeAsync();
    }

    private async Task<int> ScalarAsync(string sql, string series, int year, int sequence, CancellationToken ct)
    {
        await BeginAsync(ct);
        var command = db.Database.GetDbConnection().CreateCommand();
        await using (command)
        {
            command.Transaction = _transaction!.GetDbTransaction();
            command.CommandText = sql;
            Add(command, "@series", series);
            Add(command, "@year", year);
            Add(command, "@sequence", sequence);
            return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }

    private static string Constraint(SqliteException e) =>
        e.Message.Contains("Papers.Number", StringComparison.Ordinal) ? "that number is already taken by another paper"
        : e.Message.Contains("HistoryEntries", StringComparison.Ordinal) ? "the paper's history was extended by someone else meanwhile; reload and try again"
        : e.Message.Contains("DocumentVersions", StringComparison.Ordinal) ? "another document version was stored meanwhile; try again"
        : e.Message;
}
