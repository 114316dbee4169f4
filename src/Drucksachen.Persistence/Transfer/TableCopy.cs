using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Drucksachen.Persistence.Transfer;

/// <summary>
/// One table of the model copied from one database to another: every column, read as the source
/// maps it and written as the target maps it. A value whose database type is the same on both
/// sides is copied as it is (text, bytes, numbers, identifiers); one whose types differ goes
/// through the model's value, exactly (instants to the tick the source holds, lists element by element).
/// </summary>
internal sealed class TableCopy
{
    // Enough rows per INSERT to make round trips rare; few enough parameters for every provider, and
    // few enough bytes (PDFs) that a statement stays a few megabytes.
    private const int ParametersPerInsert = 4_000;
    private const long BytesPerInsert = 8 << 20;

    private readonly ColumnMapping[] _source;
    private readonly ColumnMapping[] _target;

    private TableCopy(ITable source, ITable target)
    {
        Name = source.Name;
        _source = source.Columns.Select(c => new ColumnMapping(c)).ToArray();
        _target = _source.Select(c => new ColumnMapping(target.FindColumn(c.Name)
            ?? throw new InvalidOperationException($"the target's model lacks the column {Name}.{c.Name}"))).ToArray();
    }

    public string Name { get; }

    public IEnumerable<string> Columns => _source.Select(c => c.Name);

    /// <summary>The model's tables, each after the tables its foreign keys point to.</summary>
    public static IReadOnlyList<TableCopy> For(DrucksachenDbContext source, DrucksachenDbContext target)
    {
        var targetTables = target.Model.GetRelationalModel();
        var ordered = new List<TableCopy>();
        var placed = new HashSet<ITable>();
        var pending = source.Model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(t => t.ForeignKeyConstraints.All(k => k.PrincipalTable == t || placed.Contains(k.PrincipalTable)))
                ?? throw new InvalidOperationException($"the tables {string.Join(", ", pending.Select(t => t.Name))} refer to each other in a circle");
            var counterpart = targetTables.FindTable(ready.Name, ready.Schema)
                ?? throw new InvalidOperationException($"the target's model lacks the table {ready.Name}");
            ordered.Add(new TableCopy(ready, counterpart));
            placed.Add(ready);
            pending.Remove(ready);
        }
        return ordered;
    }

    public async Task<long> CountAsync(DrucksachenDbContext db, CancellationToken ct)
    {
        await using var command = Command(db, $"SELECT count(*) FROM {Quote(db, Name)}");
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }

    /// <summary>Copies every row from <paramref name="source"/> into <paramref name="target"/> (both in their transactions) and tallies both.</summary>
    public async Task<TableTally> CopyAsync(DrucksachenDbContext source, DrucksachenDbContext target, CancellationToken ct)
    {
        var batch = new List<object?[]>();
        long batchBytes = 0;
        var rowsPerInsert = Math.Max(1, ParametersPerInsert / _source.Length);
        using var sourceSum = new TableChecksum();
        await using (var command = Command(source, Select(source)))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            var model = new object?[_source.Length];
            while (await reader.ReadAsync(ct))
            {
                var row = new object?[_source.Length];
                for (var i = 0; i < _source.Length; i++)
                {
                    var value = _source[i].Read(reader, i);
                    model[i] = _source[i].ToModel(value);
                    row[i] = _source[i].ProviderType == _target[i].ProviderType ? value : _target[i].ToProvider(model[i]);
                    batchBytes += row[i] switch { byte[] bytes => bytes.Length, string text => text.Length * sizeof(char), _ => sizeof(long) };
                }
                sourceSum.AddRow(model);
                batch.Add(row);
                if (batch.Count < rowsPerInsert && batchBytes < BytesPerInsert) continue;
                await InsertAsync(target, batch, ct);
                batch.Clear();
                batchBytes = 0;
            }
        }
        if (batch.Count > 0) await InsertAsync(target, batch, ct);
        var (targetRows, targetChecksum) = await TallyAsync(target, _target, ct);
        return new TableTally(Name, sourceSum.Rows, sourceSum.Finish(), targetRows, targetChecksum);
    }

    /// <summary>The rows and checksum of this table in <paramref name="db"/>, read as it maps the table.</summary>
    public Task<(long Rows, string Checksum)> TallyAsync(DrucksachenDbContext db, CancellationToken ct) => TallyAsync(db, _source, ct);

    private async Task<(long Rows, string Checksum)> TallyAsync(DrucksachenDbContext db, ColumnMapping[] columns, CancellationToken ct)
    {
        using var sum = new TableChecksum();
        await using var command = Command(db, Select(db));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var model = new object?[columns.Length];
        while (await reader.ReadAsync(ct))
        {
            for (var i = 0; i < columns.Length; i++) model[i] = columns[i].ToModel(columns[i].Read(reader, i));
            sum.AddRow(model);
        }
        return (sum.Rows, sum.Finish());
    }

    private async Task InsertAsync(DrucksachenDbContext target, List<object?[]> rows, CancellationToken ct)
    {
        await using var command = Command(target, "");
        var values = new List<string>(rows.Count);
        foreach (var row in rows)
        {
            var names = new string[row.Length];
            for (var i = 0; i < row.Length; i++)
            {
                names[i] = $"@p{command.Parameters.Count}";
                command.Parameters.Add(_target[i].Parameter(command, names[i], row[i]));
            }
            values.Add($"({string.Join(", ", names)})");
        }
        command.CommandText = $"INSERT INTO {Quote(target, Name)} ({string.Join(", ", _target.Select(c => Quote(target, c.Name)))}) VALUES {string.Join(", ", values)}";
        await command.ExecuteNonQueryAsync(ct);
    }

    private string Select(DrucksachenDbContext db) =>
        $"SELECT {string.Join(", ", _source.Select(c => Quote(db, c.Name)))} FROM {Quote(db, Name)}";

    private static string Quote(DrucksachenDbContext db, string name) => db.GetService<ISqlGenerationHelper>().DelimitIdentifier(name);

    // A command on the context's connection, in its transaction.
    private static DbCommand Command(DrucksachenDbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        return command;
    }
}
