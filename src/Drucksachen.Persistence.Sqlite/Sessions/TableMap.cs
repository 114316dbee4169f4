using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Drucksachen.Persistence.Sqlite.Sessions;

/// <summary>
/// One table of the EF model: its columns (see <see cref="TableColumn"/>), the SQL that reads,
/// inserts, updates and deletes its rows, and an entity's values to find out later what changed.
/// </summary>
internal sealed class TableMap
{
    private readonly TableColumn[] _columns;
    private readonly int[] _key;
    private readonly int _generated = -1;
    private readonly int _token;
    private readonly string _insert;
    private readonly string _createStage;
    private readonly string _stage;
    private readonly string _insertStaged;
    private readonly string _clearStage;
    // The UPDATE statements written so far, by the columns they set and whether they claim the version.
    private readonly ConcurrentDictionary<(ulong Changed, bool CheckVersion), string> _updates = new();
    private Func<object>? _create;

    public TableMap(IEntityType type)
    {
        Type = type;
        var name = type.GetTableName()!;
        Table = Quote(name);
        var table = StoreObjectIdentifier.Table(name, type.GetSchema());
        _columns = type.GetProperties().Select(p => new TableColumn(p, table)).ToArray();
        if (_columns.Length > 64)
            throw new NotSupportedException($"{type.DisplayName()} maps {_columns.Length} columns; a table map tells changed columns apart by the bits of a 64-bit mask");
        var key = type.FindPrimaryKey()!.Properties;
        _key = key.Select(p => Ordinal(p.Name)).ToArray();
        if (key is [{ ValueGenerated: ValueGenerated.OnAdd, ClrType: var t }] && t == typeof(long))
            _generated = _key[0];
        _token = Array.FindIndex(_columns, c => c.IsConcurrencyToken);
        _insert = BuildInsert(Table);
        var stage = $"temp.{Quote(name + "_New")}";
        _createStage = $"CREATE TEMP TABLE IF NOT EXISTS {Quote(name + "_New")} ({ColumnList()})";
        _stage = BuildInsert(stage);
        _insertStaged = $"INSERT INTO {Table} ({ColumnList()}) SELECT {ColumnList()} FROM {stage} ORDER BY \"rowid\"";
        _clearStage = $"DELETE FROM {stage}";
    }

    public IEntityType Type { get; }

    /// <summary>The quoted table name.</summary>
    public string Table { get; }

    /// <summary>The number of columns <see cref="Select"/> lists.</summary>
    public int Count => _columns.Length;

    /// <summary>The quoted name of the column of a property.</summary>
    public string Column(string property) => Quote(_columns[Ordinal(property)].Name);

    /// <summary>All columns, qualified by <paramref name="alias"/>, in the order <see cref="Read"/> expects them.</summary>
    public string Select(string alias) => string.Join(", ", _columns.Select(c => $"{Quote(alias)}.{Quote(c.Name)}"));

    /// <summary>Whether the row starting at <paramref name="offset"/> is missing (the other side of an outer join).</summary>
    public bool IsNull(DbDataReader reader, int offset) => reader.IsDBNull(offset + _key[0]);

    /// <summary>A new entity from the columns of <see cref="Select"/>, starting at <paramref name="offset"/>.</summary>
    public object Read(DbDataReader reader, int offset)
    {
        // The constructor EF materializes with: the parameterless one, usually private.
        _create ??= Expression.Lambda<Func<object>>(Expression.New(
            Type.ClrType.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, System.Type.EmptyTypes)!)).Compile();
        var entity = _create();
        for (var i = 0; i < _columns.Length; i++) _columns[i].Read(reader, offset + i, entity);
        return entity;
    }

    public void AddParameter(DbCommand command, string property, string name, object? value) =>
        _columns[Ordinal(property)].AddParameter(command, name, value);

    /// <summary>
    /// The model values of every column, collections copied, to compare with <see cref="Same"/>; a
    /// shadow column (the owner's key) gets <paramref name="owner"/>.
    /// </summary>
    public object?[] Values(object entity, Guid owner)
    {
        var values = new object?[_columns.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var value = _columns[i].ModelValue(entity, owner);
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

    /// <summary>Inserts one row; returns the generated key, if the table has one.</summary>
    public async Task<long?> InsertAsync(PreparedConnection connection, object entity, Guid owner, CancellationToken ct)
    {
        var command = connection.Command(_insert);
        for (var i = 0; i < _columns.Length; i++)
            if (i != _generated) Add(command, i, "@p", _columns[i].ModelValue(entity, owner));
        if (_generated < 0)
        {
            await command.ExecuteNonQueryAsync(ct);
            return null;
        }
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Inserts rows, in the given order, through one statement, so that the triggers of the table run
    /// within that one statement: FTS5 writes what it has gathered to its index at each statement of
    /// a transaction, so the search triggers of a statement per paper made one small index piece per
    /// paper (and merged them again and again). The rows wait in a TEMP table of the connection, in
    /// the transaction, with the values as <see cref="InsertAsync"/> would bind them.
    /// </summary>
    public async Task InsertAllAsync(PreparedConnection connection, IEnumerable<(object Entity, Guid Owner)> rows, CancellationToken ct)
    {
        if (_generated >= 0) throw new InvalidOperationException($"{Table} generates its keys, which one statement for all rows would not return");
        await connection.Command(_createStage).ExecuteNonQueryAsync(ct);
        foreach (var (entity, owner) in rows)
        {
            var command = connection.Command(_stage);
            for (var i = 0; i < _columns.Length; i++) Add(command, i, "@p", _columns[i].ModelValue(entity, owner));
            await command.ExecuteNonQueryAsync(ct);
        }
        await connection.Command(_insertStaged).ExecuteNonQueryAsync(ct);
        await connection.Command(_clearStage).ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Writes the columns that differ from <paramref name="before"/>. With <paramref name="checkVersion"/>,
    /// the row is written (even if unchanged) only if its concurrency token still has its loaded value;
    /// returns false if it had not.
    /// </summary>
    public async Task<bool> UpdateAsync(PreparedConnection connection, object entity, Guid owner,
        object?[] before, object?[] after, bool checkVersion, CancellationToken ct)
    {
        var changed = 0UL;
        for (var i = 0; i < _columns.Length; i++)
            if (!Same(before[i], after[i])) changed |= 1UL << i;
        var token = checkVersion ? _token : -1;
        if (changed == 0 && token < 0) return true;

        var command = connection.Command(_updates.GetOrAdd((changed, token >= 0),
            static (key, map) => map.BuildUpdate(key.Changed, key.CheckVersion ? map._token : -1), this));
        for (var i = 0; i < _columns.Length; i++)
            if ((changed & (1UL << i)) != 0) Add(command, i, "@p", _columns[i].ModelValue(entity, owner));
        AddKey(command, before);
        if (token >= 0) Add(command, token, "@o", before[token]);
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    private string BuildUpdate(ulong changed, int token)
    {
        var set = Enumerable.Range(0, _columns.Length).Where(i => (changed & (1UL << i)) != 0)
            .Select(i => $"{Quote(_columns[i].Name)} = @p{i}").ToList();
        // Nothing of this row changed, but the aggregate did: still claim the version.
        if (set.Count == 0) set.Add($"{Quote(_columns[token].Name)} = {Quote(_columns[token].Name)}");
        var sql = new StringBuilder("UPDATE ").Append(Table).Append(" SET ").AppendJoin(", ", set);
        Where(sql);
        if (token >= 0) sql.Append(" AND ").Append(Quote(_columns[token].Name)).Append(" = @o").Append(token);
        return sql.ToString();
    }

    public async Task DeleteAsync(PreparedConnection connection, object?[] before, CancellationToken ct)
    {
        var sql = new StringBuilder("DELETE FROM ").Append(Table);
        Where(sql);
        var command = connection.Command(sql.ToString());
        AddKey(command, before);
        await command.ExecuteNonQueryAsync(ct);
    }

    private void Where(StringBuilder sql)
    {
        for (var k = 0; k < _key.Length; k++)
            sql.Append(k == 0 ? " WHERE " : " AND ").Append(Quote(_columns[_key[k]].Name)).Append(" = @k").Append(_key[k]);
    }

    private void AddKey(DbCommand command, object?[] values)
    {
        foreach (var k in _key) Add(command, k, "@k", values[k]);
    }

    private string ColumnList() => string.Join(", ", _columns.Select(c => Quote(c.Name)));

    private string BuildInsert(string table)
    {
        var columns = Enumerable.Range(0, _columns.Length).Where(i => i != _generated).ToList();
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns.Select(i => Quote(_columns[i].Name)))}) " +
                  $"VALUES ({string.Join(", ", columns.Select(i => $"@p{i}"))})";
        return _generated < 0 ? sql : sql + $" RETURNING {Quote(_columns[_generated].Name)}";
    }

    private void Add(DbCommand command, int column, string prefix, object? value) =>
        _columns[column].AddParameter(command, prefix + column.ToString(CultureInfo.InvariantCulture), value);

    private int Ordinal(string property)
    {
        var ordinal = Array.FindIndex(_columns, c => c.Property == property);
        return ordinal >= 0 ? ordinal : throw new ArgumentException($"{Type.DisplayName()} maps no property {property}", nameof(property));
    }

    private static string Quote(string name) => $"\"{name}\"";
}
