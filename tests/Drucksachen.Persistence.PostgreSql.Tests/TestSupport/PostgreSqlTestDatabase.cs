using Drucksachen.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Drucksachen.Persistence.PostgreSql.Tests.TestSupport;

/// <summary>
/// A fresh PostgreSQL database for one test, on the server that <c>DRUCKSACHEN_TEST_POSTGRES</c>
/// names (a connection string of a role that may create databases and roles); dropped on dispose.
/// Without the variable the test fails and says so: nothing here passes without a server.
/// </summary>
public sealed class PostgreSqlTestDatabase : IAsyncDisposable
{
    public const string Variable = "DRUCKSACHEN_TEST_POSTGRES";

    private PostgreSqlTestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>The server's connection string from the environment.</summary>
    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException(
            $"{Variable} is not set: the PostgreSQL tests need a server, e.g. {Variable}=\"Host=127.0.0.1;Port=55433;Username=postgres\" (see README, Tests)");

    /// <summary>A new empty database (UTF-8, character type <paramref name="ctype"/>), not yet migrated.</summary>
    public static async Task<PostgreSqlTestDatabase> CreateEmptyAsync(string ctype = "C.UTF-8")
    {
        var name = "drucksachen_test_" + Guid.NewGuid().ToString("N");
        await using (var server = await OpenServerAsync())
            await ExecuteAsync(server, $"""
                CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE '{ctype}' LC_CTYPE '{ctype}'
                """);
        return new PostgreSqlTestDatabase(name, new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString);
    }

    /// <summary>A new database with the product's schema, migrated as the product does at start.</summary>
    public static async Task<PostgreSqlTestDatabase> CreateAsync()
    {
        var database = await CreateEmptyAsync();
        try
        {
            await DrucksachenDatabase.MigrateAsync(database.Contexts(), CancellationToken.None);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
        return database;
    }

    /// <summary>The product's contexts on this database (or on <paramref name="connectionString"/>, e.g. as another role).</summary>
    public IDbContextFactory<DrucksachenDbContext> Contexts(string? connectionString = null) =>
        DrucksachenDatabase.CreateFactory(DatabaseLocation.From(new DatabaseSettings(DatabaseProviders.PostgreSql, connectionString ?? ConnectionString)));

    /// <summary>A connection of its own, as someone with access to the database would open one.</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        using (var pooled = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(pooled);
        await using var server = await OpenServerAsync();
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private static async Task<NpgsqlConnection> OpenServerAsync()
    {
        var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        return connection;
    }
}
