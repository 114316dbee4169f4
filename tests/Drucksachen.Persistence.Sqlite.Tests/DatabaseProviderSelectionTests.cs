using Microsoft.Extensions.Configuration;

namespace Drucksachen.Persistence.Sqlite.Tests;

/// <summary>Database:Provider chooses the provider for web and command line alike; SQLite unless set.</summary>
public sealed class DatabaseProviderSelectionTests
{
    private static DatabaseSettings Settings(params (string Key, string Value)[] values) =>
        DatabaseSettings.From(new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());

    [Fact]
    public void Without_a_provider_setting_SQLite_is_chosen_with_the_configured_connection_string()
    {
        var settings = Settings(("ConnectionStrings:Drucksachen", "Data Source=rat.db"));

        Assert.Equal(new DatabaseSettings("Sqlite", "Data Source=rat.db"), settings);
        Assert.IsType<SqliteDatabaseProvider>(DatabaseLocation.From(settings).Provider);
    }

    [Fact]
    public void The_provider_name_is_read_whatever_its_case()
    {
        var location = DatabaseLocation.From(Settings(("Database:Provider", "sqlite"), ("ConnectionStrings:Drucksachen", "Data Source=rat.db")));

        Assert.Same(DatabaseProviders.Get("Sqlite"), location.Provider);
    }

    [Fact]
    public void An_unknown_provider_is_refused_with_the_setting_and_the_choices()
    {
        var e = Assert.Throws<DatabaseSettingsException>(() => DatabaseLocation.From(Settings(("Database:Provider", "Oracle"))));

        Assert.Contains("Database:Provider 'Oracle'", e.Message);
        Assert.Contains("Sqlite or PostgreSql", e.Message);
    }
}
