using System.Collections.Concurrent;

namespace Drucksachen.Persistence;

/// <summary>
/// The providers <c>Database:Provider</c> can name. Each lives in a project of its own, which the
/// hosts reference, so its assembly is there to be loaded by name; this project references none.
/// </summary>
public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    // The implementing type of each provider.
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [Sqlite] = "Drucksachen.Persistence.Sqlite.SqliteDatabaseProvider, Drucksachen.Persistence.Sqlite",
        [PostgreSql] = "Drucksachen.Persistence.PostgreSql.PostgreSqlDatabaseProvider, Drucksachen.Persistence.PostgreSql",
    };

    // One instance per provider: the model cache and the service provider EF keeps go by it.
    private static readonly ConcurrentDictionary<Type, IDatabaseProvider> Instances = new();

    /// <summary>The provider named <paramref name="name"/> (case ignored).</summary>
    /// <exception cref="DatabaseSettingsException">No such provider, or it is not part of this installation.</exception>
    public static IDatabaseProvider Get(string name)
    {
        if (!Types.TryGetValue(name, out var typeName))
            throw new DatabaseSettingsException($"Database:Provider '{name}' is unknown; choose {string.Join(" or ", Types.Keys)}");
        var type = Type.GetType(typeName, throwOnError: false)
            ?? throw new DatabaseSettingsException($"Database:Provider '{name}' is not available in this installation (its assembly is missing)");
        return Instances.GetOrAdd(type, t => (IDatabaseProvider)Activator.CreateInstance(t)!);
    }
}
