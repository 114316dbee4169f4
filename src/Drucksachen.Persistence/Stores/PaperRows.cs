using System.Data.Common;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Drucksachen.Persistence.Stores;

/// <summary>
/// Writes papers (their row, workflow row and consultations) and history entries with plain
/// commands instead of EF change tracking, which cost more than the SQL itself on every workflow
/// action. Tables, columns and value conversions are read once from the EF model, so the mapping
/// stays in Configurations/ and this class only knows which entity belongs to which table.
/// </summary>
internal sealed class PaperRows
{
    private static readonly ConditionalWeakTable<IModel, PaperRows> ByModel = new();

    private PaperRows(IModel model)
    {
        var paper = model.FindEntityType(typeof(Paper))!;
        Papers = new TableMap(paper);
        Workflows = new TableMap(paper.FindNavigation(nameof(Paper.Workflow))!.TargetEntityType);
        Consultations = new TableMap(model.FindEntityType(typeof(Consultation))!);
        History = new TableMap(model.FindEntityType(typeof(HistoryEntry))!);
        HistoryId = History.Type.FindPrimaryKey()!.Properties.Single().GetMemberInfo(forMaterialization: true, forSet: true);
        ConsultationPaperId = Consultations.Type.FindProperty(nameof(Consultation.PaperId))!.GetMemberInfo(forMaterialization: true, forSet: true);
    }

    public TableMap Papers { get; }

    /// <summary>The owned workflow; its key is the paper's id (a shadow property).</summary>
    public TableMap Workflows { get; }

    public TableMap Consultations { get; }
    public TableMap History { get; }

    private MemberInfo HistoryId { get; }
    private MemberInfo ConsultationPaperId { get; }

    public static PaperRows For(IModel model) => ByModel.GetValue(model, m => new PaperRows(m));

    /// <summary>The stored values of a paper as loaded, to write back only what changed.</summary>
    public PaperSnapshot Snapshot(Paper paper) => new(
        Papers.Values(paper, paper.Id),
        Workflows.Values(paper.Workflow, paper.Id),
        paper.Consultations.ToDictionary(c => c.Id, c => Consultations.Values(c, paper.Id)));

    public void OwnConsultations(Paper paper)
    {
        foreach (var c in paper.Consultations)
            if (c.PaperId != paper.Id) Set(ConsultationPaperId, c, paper.Id);
    }

    public void SetHistoryId(HistoryEntry entry, long id) => Set(HistoryId, entry, id);

    private static void Set(MemberInfo member, object target, object value)
    {
        if (member is FieldInfo field) field.SetValue(target, value);
        else ((PropertyInfo)member).SetValue(target, value);
    }
}

internal sealed record PaperSnapshot(object?[] Paper, object?[] Workflow, Dictionary<Guid, object?[]> Consultations);

/// <summary>One table of the EF model: its columns with their getters and type mappings.</summary>
internal sealed class TableMap
{
    private readonly Column[] _columns;
    private readonly int[] _key;
    private readonly int _generated = -1;
    private string? _insert;

    public TableMap(IEntityType type)
    {
        Type = type;
        Name = type.GetTableName()!;
        var table = StoreObjectIdentifier.Table(Name, type.GetSchema());
        var key = type.FindPrimaryKey()!.Properties;
        _columns = type.GetProperties().Select(p => new Column(
            p.GetColumnName(table)!,
            (RelationalTypeMapping)p.GetTypeMapping(),
            p.IsShadowProperty() ? null : p.GetGetter(),
            p.IsConcurrencyToken)).ToArray();
        _key = key.Select(p => Array.FindIndex(_columns, c => c.Name == p.GetColumnName(table))).ToArray();
        if (key is [{ ValueGenerated: ValueGenerated.OnAdd, ClrType: var t }] && t == typeof(long))
            _generated = _key[0];
    }

    public IEntityType Type { get; }
    public string Name { get; }

    /// <summary>
    /// The model values of every column, collections copied, to compare with <see cref="Same"/>; a
    /// shadow column (the owner's key) gets <paramref name="owner"/>.
    /// </summary>
    public object?[] Values(object entity, Guid owner)
    {
        var values = new object?[_columns.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var value = ModelValue(entity, owner, i);
            values[i] = value is System.Collections.IEnumerable items and not string ? items.Cast<object?>().ToArray() : value;
        }
        return values;
    }

    public static bool Same(object?[] a, object?[] b)
    {
        for (var i = 0; i < a.Length; i++)
            if (!Same(a[i], b[i])) return false;
        return true;
    }

    private static bool Same(object? a, object? b) => a is object?[] x && b is object?[] y
        ? x.Length == y.Length && x.AsSpan().SequenceEqual(y, Comparer.Instance)
        : Equals(a, b);

    // Dictionary entries are key/value pairs, whose default equality goes through reflection.
    private sealed class Comparer : IEqualityComparer<object?>
    {
        public static readonly Comparer Instance = new();
        public new bool Equals(object? a, object? b) => a is KeyValuePair<string, string> x && b is KeyValuePair<string, string> y
            ? x.Key == y.Key && x.Value == y.Value
            : object.Equals(a, b);
        public int GetHashCode(object? o) => o?.GetHashCode() ?? 0;
    }

    /// <summary>A command that inserts rows of this table, to pass to <see cref="InsertAsync"/> once per row.</summary>
    public DbCommand InsertCommand(DbConnection connection, DbTransaction transaction)
    {
        _insert ??= BuildInsert();
        return Command(connection, transaction, _insert);
    }

    /// <summary>Inserts one row with a command of <see cref="InsertCommand"/>; returns the generated key, if the table has one.</summary>
    public async Task<long?> InsertAsync(DbCommand command, object entity, Guid owner, CancellationToken ct)
    {
        // The first row creates the parameters; later rows reuse them and the prepared statement.
        var first = command.Parameters.Count == 0;
        for (int i = 0, p = 0; i < _columns.Length; i++)
        {
            if (i == _generated) continue;
            var value = ModelValue(entity, owner, i);
            if (first) Add(command, i, value);
            else command.Parameters[p].Value = StoreValue(i, value);
            p++;
        }
        if (_generated < 0)
        {
            await command.ExecuteNonQueryAsync(ct);
            return null;
        }
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private object StoreValue(int column, object? value)
    {
        if (value is null) return DBNull.Value;
        var mapping = _columns[column].Mapping;
        if (mapping.Converter is { } converter) return converter.ConvertToProvider(value) ?? DBNull.Value;
        return value is Enum ? Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), System.Globalization.CultureInfo.InvariantCulture) : value;
    }

    /// <summary>
    /// Writes the columns that differ from <paramref name="before"/>. With <paramref name="checkVersion"/>,
    /// the row is written (even if unchanged) only if its concurrency token still has its loaded value;
    /// returns false if it had not.
    /// </summary>
    public async Task<bool> UpdateAsync(DbConnection connection, DbTransaction transaction, object entity, Guid owner,
        object?[] before, object?[] after, bool checkVersion, CancellationToken ct)
    {
        var sql = new StringBuilder("UPDATE \"").Append(Name).Append("\" SET ");
        await using var command = connection.CreateCommand();
        var changed = 0;
        for (var i = 0; i < _columns.Length; i++)
        {
            if (Same(before[i], after[i])) continue;
            sql.Append(changed++ == 0 ? "" : ", ").Append('"').Append(_columns[i].Name).Append("\" = @p").Append(i);
            Add(command, i, ModelValue(entity, owner, i));
        }
        var token = checkVersion ? Array.FindIndex(_columns, c => c.IsConcurrencyToken) : -1;
        if (changed == 0)
        {
            if (token < 0) return true;
            // Nothing of this row changed, but the aggregate did: still claim the version.
            sql.Append('"').Append(_columns[token].Name).Append("\" = \"").Append(_columns[token].Name).Append('"');
        }
        Where(sql, command, before);
        if (token >= 0)
        {
            sql.Append(" AND \"").Append(_columns[token].Name).Append("\" = @o").Append(token);
            Add(command, token, before[token], "@o");
        }
        command.CommandText = sql.ToString();
        command.Transaction = transaction;
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task DeleteAsync(DbConnection connection, DbTransaction transaction, object?[] before, CancellationToken ct)
    {
        var sql = new StringBuilder("DELETE FROM \"").Append(Name).Append('"');
        await using var command = connection.CreateCommand();
        Where(sql, command, before);
        command.CommandText = sql.ToString();
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(ct);
    }

    private void Where(StringBuilder sql, DbCommand command, object?[] before)
    {
        for (var k = 0; k < _key.Length; k++)
        {
            sql.Append(k == 0 ? " WHERE \"" : " AND \"").Append(_columns[_key[k]].Name).Append("\" = @k").Append(_key[k]);
            Add(command, _key[k], before[_key[k]], "@k");
        }
    }

    private string BuildInsert()
    {
        var columns = Enumerable.Range(0, _columns.Length).Where(i => i != _generated).ToList();
        var sql = $"INSERT INTO \"{Name}\" ({string.Join(", ", columns.Select(i => $"\"{_columns[i].Name}\""))}) " +
                  $"VALUES ({string.Join(", ", columns.Select(i => $"@p{i}"))})";
        return _generated < 0 ? sql : sql + $" RETURNING \"{_columns[_generated].Name}\"";
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    // The mapping converts the model value and configures the parameter (a Guid is stored as text).
    private void Add(DbCommand command, int column, object? value, string prefix = "@p") =>
        command.Parameters.Add(_columns[column].Mapping.CreateParameter(
            command, prefix + column.ToString(System.Globalization.CultureInfo.InvariantCulture), value));

    private object? ModelValue(object entity, Guid owner, int column) =>
        _columns[column].Getter is { } getter ? getter.GetClrValue(entity) : owner;

    private sealed record Column(string Name, RelationalTypeMapping Mapping, IClrPropertyGetter? Getter, bool IsConcurrencyToken);
}
