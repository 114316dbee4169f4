using System.Data.Common;
using Drucksachen.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Drucksachen.Testing;

/// <summary>
/// A fresh database for one test and a folder of its own for the files the test writes; dispose to
/// delete both. The one place where test support chooses the provider and creates, releases and
/// removes a database: a SQLite file in the folder, or a PostgreSQL database of its own on the
/// server that <see cref="PostgreSqlTestServer.Variable"/> names.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private static string _providerUnderTest = DatabaseProviders.Sqlite;

    private TestDatabase(string folder, DatabaseSettings settings)
    {
        Folder = folder;
        Settings = settings;
    }

    /// <summary>The provider of the databases a test does not choose itself: SQLite unless <see cref="UsePostgreSql"/> was called.</summary>
    public static string ProviderUnderTest => _providerUnderTest;

    /// <summary>
    /// Makes every later database of this test assembly that a test does not choose itself a
    /// PostgreSQL one (the *.Tests.PostgreSql projects call it as they load). Fails at once if
    /// <see cref="PostgreSqlTestServer.Variable"/> is not set: a run meant for PostgreSQL never
    /// falls back to SQLite.
    /// </summary>
    public static void UsePostgreSql()
    {
        _ = PostgreSqlTestServer.Shared;
        _providerUnderTest = DatabaseProviders.PostgreSql;
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

    /// <summary>
    /// A database without papers that the product starts on; a PostgreSQL one comes with its schema
    /// already migrated (copied from a template), a SQLite one is migrated by the product's start.
    /// </summary>
    /// <param name="prefix">Names the temporary folder after the test project.</param>
    /// <param name="provider">The provider (<see cref="DatabaseProviders"/>); null for <see cref="ProviderUnderTest"/>.</param>
    public static TestDatabase Create(string prefix = "drucksachen-tests-", string? provider = null) =>
        Create(prefix, provider, server => server.CreateDatabase());

    /// <summary>A database without any schema, for tests of what the product does on an empty one.</summary>
    public static TestDatabase CreateEmpty(string prefix = "drucksachen-tests-", string? provider = null) =>
        Create(prefix, provider, server => server.CreateEmptyDatabase());

    private static TestDatabase Create(string prefix, string? provider, Func<PostgreSqlTestServer, string> postgreSql)
    {
        provider ??= ProviderUnderTest;
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        try
        {
            var connectionString = provider switch
            {
                DatabaseProviders.Sqlite => new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "x.db") }.ToString(),
                DatabaseProviders.PostgreSql => postgreSql(PostgreSqlTestServer.Shared),
                _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "no test database for this provider"),
            };
            return new TestDatabase(folder, new DatabaseSettings(provider, connectionString));
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// An open connection of the test's own (not pooled), for what the product must not be able to
    /// do or must withstand: SQL changes behind its back. Quote names ("Papers"), use @name
    /// parameters: both providers then read the same statement.
    /// </summary>
    public DbConnection OpenConnection()
    {
        DbConnection connection = Provider == DatabaseProviders.PostgreSql
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Lifts the database's refusal to change or delete history entries, as someone with the
    /// owner's rights could, so that a test can show what verification finds then.
    /// </summary>
    public static void AllowHistoryChanges(DbConnection connection) => AllowChanges(connection, "HistoryEntries");

    /// <summary>Lifts the database's refusal to change or delete stored PDFs (document versions), as <see cref="AllowHistoryChanges"/> does for history.</summary>
    public static void AllowDocumentChanges(DbConnection connection) => AllowChanges(connection, "DocumentVersions");

    /// <summary>Lifts the refusal to change or delete meetings' history entries.</summary>
    public static void AllowMeetingHistoryChanges(DbConnection connection) => AllowChanges(connection, "MeetingHistoryEntries");

    private static void AllowChanges(DbConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = connection is NpgsqlConnection
            ? $"""ALTER TABLE "{table}" DISABLE TRIGGER "{table}_NoChange" """
            : $"""DROP TRIGGER IF EXISTS "{table}_NoUpdate"; DROP TRIGGER IF EXISTS "{table}_NoDelete";""";
        command.ExecuteNonQuery();
    }

    /// <summary>Closes the connections the pools keep, as a process that ends would (before a restart, or removal).</summary>
    public void ReleaseConnections()
    {
        if (Provider == DatabaseProviders.PostgreSql) PostgreSqlTestServer.ReleaseConnections(ConnectionString);
        else SqliteConnection.ClearAllPools();
    }

    public void Dispose()
    {
        ReleaseConnections();
        if (Provider == DatabaseProviders.PostgreSql) PostgreSqlTestServer.Shared.DropDatabase(ConnectionString);
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
