using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Drucksachen.Persistence.PostgreSql.Sessions;

/// <summary>
/// One table of the EF model written with PostgreSQL's binary COPY: every column of the entity
/// type, its value taken from the entity and converted as the model maps it (the owner's key for
/// a shadow column), typed with the column's store type.
/// </summary>
internal sealed class CopiedTable
{
    private readonly Column[] _columns;
    private readonly string _copy;

    public CopiedTable(IEntityType type)
    {
        var name = type.GetTableName()!;
        var table = StoreObjectIdentifier.Table(name, type.GetSchema());
        _columns = type.GetProperties().Select(p => new Column(p, table)).ToArray();
        _copy = $"COPY {Quote(name)} ({string.Join(", ", _columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
    }

    /// <summary>Writes the rows, in this order, on <paramref name="connection"/> in its current transaction.</summary>
    public async Task WriteAsync(NpgsqlConnection connection, IEnumerable<(object Entity, Guid Owner)> rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(_copy, ct);
        foreach (var (entity, owner) in rows)
        {
            await copy.StartRowAsync(ct);
            foreach (var column in _columns)
            {
                if (column.Value(entity, owner) is { } value) await copy.WriteAsync(value, column.StoreType, ct);
                else await copy.WriteNullAsync(ct);
            }
        }
        await copy.CompleteAsync(ct);
    }

    private static string Quote(string name) => $"\"{name}\"";

    private sealed class Column(IProperty property, StoreObjectIdentifier table)
    {
        private readonly IClrPropertyGetter? _getter = property.IsShadowProperty() ? null : property.GetGetter();
        private readonly RelationalTypeMapping _mapping = (RelationalTypeMapping)property.GetTypeMapping();

        public string Name { get; } = property.GetColumnName(table)!;

        public string StoreType => _mapping.StoreType;

        // The database's value: the model's value through the mapping's converter.
        public object? Value(object entity, Guid owner)
        {
            var model = _getter is { } getter ? getter.GetClrValue(entity) : owner;
            return model is null || _mapping.Converter is not { } converter ? model : converter.ConvertToProvider(model);
        }
    }
}
