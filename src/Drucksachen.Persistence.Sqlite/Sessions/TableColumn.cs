using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Drucksachen.Persistence.Sqlite.Sessions;

/// <summary>
/// One column of a <see cref="TableMap"/> as the EF model maps it: its name, its type mapping with
/// the value conversion, and how its value is taken from an entity and put into one.
/// </summary>
internal sealed class TableColumn
{
    private static readonly MethodInfo IsDBNull = typeof(DbDataReader).GetMethod(nameof(DbDataReader.IsDBNull), [typeof(int)])!;

    private readonly IClrPropertyGetter? _getter;
    private readonly Action<DbDataReader, int, object>? _read;

    public TableColumn(IProperty property, StoreObjectIdentifier table)
    {
        Property = property.Name;
        Name = property.GetColumnName(table)!;
        Mapping = (RelationalTypeMapping)property.GetTypeMapping();
        IsConcurrencyToken = property.IsConcurrencyToken;
        if (property.IsShadowProperty()) return;
        _getter = property.GetGetter();
        _read = CompileRead(property, Mapping);
    }

    public string Property { get; }
    public string Name { get; }
    public RelationalTypeMapping Mapping { get; }
    public bool IsConcurrencyToken { get; }

    /// <summary>The entity's value; a shadow column (an owned row's key) has its owner's id.</summary>
    public object? ModelValue(object entity, Guid owner) => _getter is { } getter ? getter.GetClrValue(entity) : owner;

    /// <summary>Adds a parameter with the value converted and typed as EF would (a Guid is stored as text).</summary>
    public void AddParameter(DbCommand command, string name, object? value) =>
        command.Parameters.Add(Mapping.CreateParameter(command, name, value));

    /// <summary>
    /// Sets the entity's property from the column at <paramref name="ordinal"/>. NULL leaves the
    /// property as the constructor left it; a shadow column has no property and is skipped.
    /// </summary>
    public void Read(DbDataReader reader, int ordinal, object entity) => _read?.Invoke(reader, ordinal, entity);

    // Compiled once per column, as EF's own materializer does: the reader method and conversion of
    // the type mapping, then an assignment to the member EF materializes (usually the backing field).
    private static Action<DbDataReader, int, object> CompileRead(IProperty property, RelationalTypeMapping mapping)
    {
        var reader = Expression.Parameter(typeof(DbDataReader), "reader");
        var ordinal = Expression.Parameter(typeof(int), "ordinal");
        var entity = Expression.Parameter(typeof(object), "entity");

        var value = mapping.CustomizeDataReaderExpression(Expression.Call(reader, mapping.GetDataReaderMethod(), ordinal));
        if (mapping.Converter is { } converter)
        {
            var fromProvider = converter.ConvertFromProviderExpression;
            value = Expression.Invoke(fromProvider, Convert(value, fromProvider.Parameters[0].Type));
        }
        var member = property.GetMemberInfo(forMaterialization: true, forSet: true);
        var target = Expression.MakeMemberAccess(Expression.Convert(entity, property.DeclaringType.ClrType), member);
        var body = Expression.IfThen(
            Expression.Not(Expression.Call(reader, IsDBNull, ordinal)),
            Expression.Assign(target, Convert(value, target.Type)));
        return Expression.Lambda<Action<DbDataReader, int, object>>(body, reader, ordinal, entity).Compile();
    }

    private static Expression Convert(Expression value, Type type) => value.Type == type ? value : Expression.Convert(value, type);
}
