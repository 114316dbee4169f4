using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Drucksachen.Persistence.Transfer;

/// <summary>
/// One column of a table as one database's provider maps it: the type its ADO.NET reader gives and
/// its parameters take, and the value converter between that and the model's value (instants as
/// text on SQLite, lists as JSON on SQLite and as arrays on PostgreSQL).
/// </summary>
internal sealed class ColumnMapping
{
    private static readonly MethodInfo ReadAsMethod =
        typeof(ColumnMapping).GetMethod(nameof(ReadAs), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly RelationalTypeMapping _mapping;
    private readonly Func<DbDataReader, int, object> _read;

    public ColumnMapping(IColumn column)
    {
        Name = column.Name;
        _mapping = (RelationalTypeMapping)column.PropertyMappings[0].TypeMapping;
        ProviderType = _mapping.Converter?.ProviderClrType ?? _mapping.ClrType;
        _read = ReadAsMethod.MakeGenericMethod(ProviderType).CreateDelegate<Func<DbDataReader, int, object>>();
    }

    public string Name { get; }

    /// <summary>The type of the column's values in ADO.NET, on this database.</summary>
    public Type ProviderType { get; }

    /// <summary>The database's value (null for NULL).</summary>
    public object? Read(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : _read(reader, ordinal);

    public object? ToModel(object? value) => value is null || _mapping.Converter is null ? value : _mapping.Converter.ConvertFromProvider(value);

    public object? ToProvider(object? model) => model is null || _mapping.Converter is null ? model : _mapping.Converter.ConvertToProvider(model);

    /// <summary>A parameter typed as the provider types this column, holding the database value <paramref name="value"/>.</summary>
    public DbParameter Parameter(DbCommand command, string name, object? value)
    {
        var parameter = _mapping.CreateParameter(command, name, null, nullable: true);
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }

    private static object ReadAs<T>(DbDataReader reader, int ordinal) => reader.GetFieldValue<T>(ordinal)!;
}
