using System.Net;
using Drucksachen.Persistence;
using Drucksachen.Testing;
using Drucksachen.Web.Operations;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Drucksachen.Web.Tests.Operations;

public sealed class HealthEndpointsTests : IDisposable
{
    private readonly WebAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task LiveAndReady_AreHealthy_OnAMigratedDatabase()
    {
        using var client = _app.CreateClient();

        Assert.Equal((HttpStatusCode.OK, "Healthy"), await AskAsync(client, "/health/live"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await AskAsync(client, "/health/ready"));
    }

    [Fact]
    public async Task Ready_IsUnhealthy_WhileTheDatabaseLacksAMigration_AndLiveStaysHealthy()
    {
        using var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(client, "/health/ready")).Status);

        // As when a node of a newer version is put in front of a database not yet migrated to it.
        using (var connection = _app.Database.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = (SELECT MAX("MigrationId") FROM "__EFMigrationsHistory")""";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await AskAsync(client, "/health/ready"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await AskAsync(client, "/health/live"));
        var database = (await _app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries["database"];
        var latest = _app.Services.GetRequiredService<IDbContextFactory<DrucksachenDbContext>>().CreateDbContext().Database.GetMigrations().Last();
        Assert.Equal($"the database {_app.Database.Description} lacks the migrations {latest}", database.Description);
    }

    [Fact]
    public async Task Ready_IsUnhealthy_WhenTheDatabaseCannotBeReached_AndSaysSo()
    {
        // PostgreSQL: no server on that port. SQLite: a file that is no database.
        var unreachable = _app.Database.Provider == DatabaseProviders.PostgreSql
            ? new NpgsqlConnectionStringBuilder(_app.Database.ConnectionString) { Port = 1 }.ConnectionString
            : new SqliteConnectionStringBuilder { DataSource = Path.Combine(_app.Database.Folder, "kaputt.db") }.ConnectionString;
        File.WriteAllText(Path.Combine(_app.Database.Folder, "kaputt.db"), new string('x', 4096));

        var (status, description) = await ReadinessAsync(new DatabaseSettings(_app.Database.Provider, unreachable));

        Assert.Equal(HealthStatus.Unhealthy, status);
        Assert.StartsWith($"the database {DatabaseLocation.From(new DatabaseSettings(_app.Database.Provider, unreachable)).Description} cannot be reached: ", description);
    }

    [Fact]
    public async Task Ready_IsUnhealthy_WhenTheDatabaseIsMissing_AndSaysSo()
    {
        var missing = _app.Database.Provider == DatabaseProviders.PostgreSql
            ? new NpgsqlConnectionStringBuilder(_app.Database.ConnectionString) { Database = "drucksachen_fehlt" }.ConnectionString
            : new SqliteConnectionStringBuilder { DataSource = Path.Combine(_app.Database.Folder, "fehlt.db") }.ConnectionString;
        var settings = new DatabaseSettings(_app.Database.Provider, missing);

        var (status, description) = await ReadinessAsync(settings);

        Assert.Equal(HealthStatus.Unhealthy, status);
        Assert.Equal($"the database {DatabaseLocation.From(settings).Description} is missing or empty: none of this version's migrations is applied", description);
        Assert.False(File.Exists(Path.Combine(_app.Database.Folder, "fehlt.db")));
    }

    [Fact]
    public async Task Ready_OpensNoMoreConnections_ThanAskingForThePendingMigrations()
    {
        _ = _app.Services; // migrated at start
        var counter = new ConnectionCounter();
        var contexts = counter.Counting(DrucksachenDatabase.CreateFactory(DatabaseLocation.From(_app.Database.Settings)));
        await using var services = ReadinessServices(_app.Database.Settings, contexts);

        await using (var db = await contexts.CreateDbContextAsync())
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var migrations = counter.Opened;
        Assert.Equal(HealthStatus.Healthy, (await services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Status);
        var ready = counter.Opened - migrations;

        Assert.True(migrations > 0);
        Assert.Equal(migrations, ready);
    }

    // The readiness check as a node registers it, on a database the node could not start on.
    private static async Task<(HealthStatus Status, string? Description)> ReadinessAsync(DatabaseSettings settings)
    {
        await using var services = ReadinessServices(settings);
        var entry = (await services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries["database"];
        return (entry.Status, entry.Description);
    }

    private static ServiceProvider ReadinessServices(DatabaseSettings settings, IDbContextFactory<DrucksachenDbContext>? contexts = null)
    {
        var services = new ServiceCollection().AddLogging().AddDrucksachenDatabase(settings).AddDrucksachenHealth();
        if (contexts is not null) services.AddSingleton(contexts);
        return services.BuildServiceProvider();
    }

    private static async Task<(HttpStatusCode Status, string Text)> AskAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
