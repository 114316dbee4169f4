using Drucksachen.Persistence;
using Microsoft.Data.Sqlite;

namespace Drucksachen.Testing;

/// <summary>
/// A fresh, empty database for one test and a folder of its own for the files the test writes;
/// dispose to delete both. The one place where test support chooses the provider and creates,
/// releases and removes a database: today a SQLite file in the folder.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(string folder, DatabaseSettings settings)
    {
        Folder = folder;
        Settings = settings;
    }

    /// <summary>A temporary folder of the test's own, removed on dispose.</summary>
    public string Folder { get; }

    /// <summary>What the product is configured with (<c>Database:Provider</c>, <c>ConnectionStrings:Drucksachen</c>).</summary>
    public DatabaseSettings Settings { get; }

    public string Provider => Settings.Provider;

    public string ConnectionString => Settings.ConnectionString!;

    /// <summary>Where the product says its data is (for SQLite the file's full path).</summary>
    public string Description => DatabaseLocation.From(Settings).Description;

    /// <summary>The configuration keys that point a host at this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ConfigurationKeys =>
    [
        new("Database:Provider", Provider),
        new("ConnectionStrings:Drucksachen", ConnectionString),
    ];

    /// <param name="prefix">Names the temporary folder after the test project.</param>
    public static TestDatabase Create(string prefix = "drucksachen-tests-")
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        return new TestDatabase(folder, new DatabaseSettings(DatabaseProviders.Sqlite,
            new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "x.db") }.ToString()));
    }

    /// <summary>Closes the connections the pools keep, as a process that ends would (before a restart, or removal).</summary>
    public void ReleaseConnections() => SqliteConnection.ClearAllPools();

    public void Dispose()
    {
        ReleaseConnections();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A connection still closing; the folder is in the temp directory and harmless.
        }
    }
}
