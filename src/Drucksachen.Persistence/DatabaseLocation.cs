namespace Drucksachen.Persistence;

/// <summary>
/// The database the web application and the command line work on: the configured connection string,
/// or the provider's default (<see cref="IsDefault"/>), so both hosts see the same papers. Both print
/// <see cref="Description"/> at start.
/// </summary>
public sealed record DatabaseLocation(IDatabaseProvider Provider, string ConnectionString, bool IsDefault)
{
    /// <summary>Where the data is (for SQLite the file's full path), without secrets.</summary>
    public string Description => Provider.Describe(ConnectionString);

    /// <summary>The provider and connection string that <paramref name="settings"/> name, or the provider's default database.</summary>
    public static DatabaseLocation From(DatabaseSettings settings)
    {
        var provider = DatabaseProviders.Get(settings.Provider);
        if (!string.IsNullOrWhiteSpace(settings.ConnectionString))
            return new DatabaseLocation(provider, settings.ConnectionString, IsDefault: false);
        return provider.DefaultConnectionString() is { } fallback
            ? new DatabaseLocation(provider, fallback, IsDefault: true)
            : throw new DatabaseSettingsException(
                $"ConnectionStrings:Drucksachen is missing: the database provider {provider.Name} has no default database");
    }
}
