using Drucksachen.Persistence;
using Drucksachen.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Drucksachen.Persistence.PostgreSql.Tests.TestSupport;

/// <summary>
/// A fresh PostgreSQL database for one test, on the server that <see cref="PostgreSqlTestServer"/>
/// names (a role that may create databases and roles); dropped on dispose. Without the server the
/// test fails and says so: nothing here passes without one.
/// </summary>
public sealed class PostgreSqlTestDatabase : IAsyncDisposable
{
    private PostgreSqlTestDatabase(string connectionString)
    {
        ConnectionString = connectionString;
        Name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>The server's connection string from the environment.</summary>
    public static string Server => PostgreSqlTestServer.Shared.ConnectionString;

    /// <summary>A new empty database (UTF-8, character type <paramref name="ctype"/>), not yet migrated.</summary>
    public static Task<PostgreSqlTestDatabase> CreateEmptyAsync(string ctype = "C.UTF-8") =>
        Task.FromResult(new PostgreSqlTestDatabase(PostgreSqlTestServer.Shared.CreateEmptyDatabase(ctype)));

    /// <summary>A new database with the product's schema, as the product's start leaves it.</summary>
    public static Task<PostgreSqlTestDatabase> CreateAsync() =>
        Task.FromResult(new PostgreSqlTestDatabase(PostgreSqlTestServer.Shared.CreateDatabase()));

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

    public ValueTask DisposeAsync()
    {
        PostgreSqlTestServer.ReleaseConnections(ConnectionString);
        PostgreSqlTestServer.Shared.DropDatabase(ConnectionString);
        return ValueTask.CompletedTask;
    }
}
