using Drucksachen.Core.Documents;
using Drucksachen.Core.Errors;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Drucksachen.Persistence.Stores;

internal sealed class EfPaperSession(DrucksachenDbContext db) : IPaperSession
{
    private IDbContextTransaction? _transaction;

    // Compiled once: loading the paper is on the path of every workflow action.
    private static readonly Func<DrucksachenDbContext, Guid, CancellationToken, Task<Paper?>> PaperById =
        EF.CompileAsyncQuery((DrucksachenDbContext db, Guid id, CancellationToken ct) =>
            db.Papers.Include(p => p.Consultations.OrderBy(c => c.Position)).FirstOrDefault(p => p.Id == id));

    public async Task<Paper?> FindAsync(string reference, CancellationToken ct)
    {
        await OpenAsync(ct);
        return await PaperLookup.ResolveAsync(db, reference, ct) is { } id ? await FindAsync(id, ct) : null;
    }

    public async Task<Paper?> FindAsync(Guid id, CancellationToken ct)
    {
        await OpenAsync(ct);
        return await PaperById(db, id, ct);
    }

    public void Add(Paper paper) => db.Papers.Add(paper);

    public void Append(HistoryEntry entry) => db.History.Add(entry);

    public void Add(DocumentVersion document) => db.Documents.Add(document);

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
            await db.SaveChangesAsync(ct);
            if (_transaction is not null) await _transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new DrucksachenException(ErrorKind.Conflict,
                $"Drucksache {Describe(e)} was changed by someone else meanwhile; nothing was saved, reload and try again", e);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 } constraint)
        {
            throw new DrucksachenException(ErrorKind.Conflict, $"nothing was saved: {Constraint(constraint)}", e);
        }
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

    private static string Describe(DbUpdateConcurrencyException e) =>
        e.Entries.Select(x => x.Entity).OfType<Paper>().FirstOrDefault()?.Reference ?? "(unknown)";

    private static string Constraint(SqliteException e) =>
        e.Message.Contains("Papers.Number", StringComparison.Ordinal) ? "that number is already taken by another paper"
        : e.Message.Contains("HistoryEntries", StringComparison.Ordinal) ? "the paper's history was extended by someone else meanwhile; reload and try again"
        : e.Message.Contains("DocumentVersions", StringComparison.Ordinal) ? "another document version was stored meanwhile; try again"
        : e.Message;
}
