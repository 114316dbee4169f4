using Drucksachen.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Drucksachen.Testing;

/// <summary>
/// A fresh, empty database for one test and a folder of its own for the files the test writes;
/// dispose to delete both. The one place where test support creates, releases and removes a
/// database: a SQLite file in the folder, or a PostgreSQL database on the server that
/// <see cref="PostgresVariable"/> names.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    /// <summary>A connection string to a PostgreSQL server where tests may create and drop databases.</summary>
    public const string PostgresVariable = "DRUCKSACHEN_TEST_POSTGRES";

    /// <summary>The provider of the databases a test does not choose itself (<see cref="DatabaseProviders"/>; SQLite unless set).</summary>
    public const string ProviderVariable = "DRUCKSACHEN_TEST_PROVIDER";

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

    /// <summary>The PostgreSQL server of <see cref="PostgresVariable"/>; asking without it fails the test and says so.</summary>
    public static string PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException(
            $"{PostgresVariable} is not set: a PostgreSQL test needs a server where it may create databases, e.g. {PostgresVariable}=\"Host=127.0.0.1;Port=5432;Username=postgres\"");

    /// <param name="prefix">Names the temporary folder (and a PostgreSQL database) after the test project.</param>
    /// <param name="provider">The provider (<see cref="DatabaseProviders"/>); null for the one of <see cref="ProviderVariable"/>.</param>
    public static TestDatabase Create(string prefix = "drucksachen-tests-", string? provider = null)
    {
        provider ??= Environment.GetEnvironmentVariable(ProviderVariable) is { Length: > 0 } chosen ? chosen : DatabaseProviders.Sqlite;
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        var connectionString = provider switch
        {
            DatabaseProviders.Sqlite => new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "x.db") }.ToString(),
            DatabaseProviders.PostgreSql => CreatePostgresDatabase(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "no test database for this provider"),
        };
        return new TestDatabase(folder, new DatabaseSettings(provider, connectionString));
    }

    /// <summary>Closes the connections the pools keep, as a process that ends would (before a restart, or removal).</summary>
    public void ReleaseConnections()
    {
        if (Provider == DatabaseProviders.PostgreSql) NpgsqlConnection.ClearAllPools();
        else SqliteConnection.ClearAllPools();
    }

    public void Dispose()
    {
        ReleaseConnections();
        if (Provider == DatabaseProviders.PostgreSql) DropPostgresDatabase(new NpgsqlConnectionStringBuilder(ConnectionString).Database!);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A connection still closing; the folder is in the temp directory and harmless.
        }
    }

    // UTF-8 with a UTF-8 character type, which the search needs (see the PostgreSQL migrations).
    private static string CreatePostgresDatabase()
    {
        var name = "drucksachen_test_" + Guid.NewGuid().ToString("N");
        ExecuteOnServer($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
        return new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;
    }

    private static void DropPostgresDatabase(string name) => ExecuteOnServer($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");

    private static void ExecuteOnServer(string sql)
    {
        using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Pooling = false }.ConnectionString);
        server.Open();
        using var command = new NpgsqlCommand(sql, server);
        command.ExecuteNonQuery();
    }
}
