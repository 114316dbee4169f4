using Drucksachen.Persistence;
using Npgsql;

namespace Drucksachen.Testing;

/// <summary>
/// The PostgreSQL server tests may create databases on (<see cref="Variable"/>; <c>.ci/run</c> starts
/// a throwaway one). Every test gets a database of its own, copied from a template that this process
/// migrated once: copying is a file copy on the server, where migrating each database would replay
/// every migration. The template is dropped when the process ends.
/// </summary>
public sealed class PostgreSqlTestServer
{
    /// <summary>The environment variable holding a connection string of a role that may create databases.</summary>
    public const string Variable = "DRUCKSACHEN_TEST_POSTGRES";

    private static readonly Lazy<PostgreSqlTestServer> FromEnvironment = new(() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } connectionString
            ? new PostgreSqlTestServer(connectionString)
            : throw new InvalidOperationException(
                $"{Variable} is not set: PostgreSQL tests need a server where they may create databases, e.g. {Variable}=\"Host=127.0.0.1;Port=5432;Username=postgres\" (.ci/postgres-cluster starts one)"));

    private readonly NpgsqlConnectionStringBuilder _server;
    private readonly Lazy<string> _template;

    private PostgreSqlTestServer(string connectionString)
    {
        _server = new NpgsqlConnectionStringBuilder(connectionString);
        _template = new Lazy<string>(CreateTemplate);
    }

    /// <summary>The server of <see cref="Variable"/>; asking without it fails the test and says so.</summary>
    public static PostgreSqlTestServer Shared => FromEnvironment.Value;

    /// <summary>The connection string of <see cref="Variable"/>, for tests that work on the server itself (roles).</summary>
    public string ConnectionString => _server.ConnectionString;

    /// <summary>Creates a database with the product's schema and no data; returns its connection string.</summary>
    public string CreateDatabase()
    {
        var name = NewName("drucksachen_test_");
        Execute($"""CREATE DATABASE "{name}" TEMPLATE "{_template.Value}" """);
        return ConnectionStringOf(name, pooling: true);
    }

    /// <summary>Creates a database without any schema, in UTF-8 with the character type <paramref name="ctype"/> (the product needs a UTF-8 one).</summary>
    public string CreateEmptyDatabase(string ctype = "C.UTF-8")
    {
        var name = NewName("drucksachen_test_");
        CreateEmpty(name, ctype);
        return ConnectionStringOf(name, pooling: true);
    }

    public void DropDatabase(string connectionString) =>
        Execute($"""DROP DATABASE IF EXISTS "{new NpgsqlConnectionStringBuilder(connectionString).Database}" WITH (FORCE)""");

    /// <summary>Closes the idle connections kept for the database, as a process that ends would.</summary>
    public static void ReleaseConnections(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    private string CreateTemplate()
    {
        var name = NewName($"drucksachen_template_{Environment.ProcessId}_");
        CreateEmpty(name);
        try
        {
            // Unpooled, so that no connection to the template stays open: a database being copied must have none.
            var location = DatabaseLocation.From(new DatabaseSettings(DatabaseProviders.PostgreSql, ConnectionStringOf(name, pooling: false)));
            DrucksachenDatabase.MigrateAsync(DrucksachenDatabase.CreateFactory(location), CancellationToken.None).GetAwaiter().GetResult();
            Execute($"""ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false""");
        }
        catch
        {
            Execute($"""DROP DATABASE IF EXISTS "{name}" WITH (FORCE)""");
            throw;
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Execute($"""DROP DATABASE IF EXISTS "{name}" WITH (FORCE)""");
        return name;
    }

    // UTF-8 with a UTF-8 character type, which the search needs (see the PostgreSQL migrations).
    private void CreateEmpty(string name, string ctype = "C.UTF-8") =>
        Execute($"""CREATE DATABASE "{name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE '{ctype}' LC_CTYPE '{ctype}'""");

    private static string NewName(string prefix) => prefix + Guid.NewGuid().ToString("N");

    private string ConnectionStringOf(string database, bool pooling) =>
        new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = database, Pooling = pooling }.ConnectionString;

    // On the server's own database, outside any pool: CREATE and DROP DATABASE run outside transactions.
    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionStringOf(_server.Database ?? "postgres", pooling: false));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
