using Drucksachen.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Drucksachen.Persistence.PostgreSql.Tests;

/// <summary>PostgreSQL chosen by configuration: native types, durable commits, prepared statements, and where the data is said without secrets.</summary>
public sealed class PostgreSqlDatabaseProviderTests
{
    [Fact]
    public async Task The_migrated_schema_uses_uuid_timestamptz_and_bytea()
    {
        await using var product = await TestProduct.StartAsync(provider: DatabaseProviders.PostgreSql);
        await using var connection = new NpgsqlConnection(product.Database.ConnectionString);
        await connection.OpenAsync();

        async Task<string> TypeOf(string table, string column)
        {
            await using var command = new NpgsqlCommand(
                "SELECT data_type FROM information_schema.columns WHERE table_name = @table AND column_name = @column", connection);
            command.Parameters.AddWithValue("table", table);
            command.Parameters.AddWithValue("column", column);
            return (string)(await command.ExecuteScalarAsync())!;
        }

        Assert.Equal("uuid", await TypeOf("Papers", "Id"));
        Assert.Equal("timestamp with time zone", await TypeOf("HistoryEntries", "At"));
        Assert.Equal("timestamp with time zone", await TypeOf("Papers", "ReleasedAt"));
        Assert.Equal("bytea", await TypeOf("DocumentVersions", "Content"));
    }

    [Fact]
    public async Task The_products_connections_commit_synchronously_whatever_the_servers_default()
    {
        using var database = TestDatabase.Create(provider: DatabaseProviders.PostgreSql);
        await using (var admin = new NpgsqlConnection(database.ConnectionString))
        {
            await admin.OpenAsync();
            var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database;
            await using var off = new NpgsqlCommand($"ALTER DATABASE {name} SET synchronous_commit = off", admin);
            await off.ExecuteNonQueryAsync();
        }
        await using var services = new ServiceCollection().AddDrucksachenDatabase(database.Settings).BuildServiceProvider();
        await using var db = await services.GetRequiredService<IDbContextFactory<DrucksachenDbContext>>().CreateDbContextAsync();

        await db.Database.OpenConnectionAsync();
        await using var show = db.Database.GetDbConnection().CreateCommand();
        show.CommandText = "SHOW synchronous_commit";

        Assert.Equal("on", await show.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(";Max Auto Prepare=0", false)]
    public async Task Statements_the_product_repeats_are_prepared_on_the_server_unless_the_connection_string_says_otherwise(string setting, bool prepared)
    {
        using var database = TestDatabase.Create(provider: DatabaseProviders.PostgreSql);
        var settings = new DatabaseSettings(DatabaseProviders.PostgreSql, database.ConnectionString + setting);
        await using var services = new ServiceCollection().AddDrucksachenDatabase(settings).BuildServiceProvider();
        await using var db = await services.GetRequiredService<IDbContextFactory<DrucksachenDbContext>>().CreateDbContextAsync();

        await db.Database.OpenConnectionAsync();
        // Npgsql prepares a statement at its fifth use.
        for (var i = 0; i < 6; i++) await db.Papers.Where(p => p.Number == "1803/22").CountAsync();
        await using var count = db.Database.GetDbConnection().CreateCommand();
        count.CommandText = "SELECT count(*) FROM pg_prepared_statements";

        Assert.Equal(prepared, (long)(await count.ExecuteScalarAsync())! > 0);
    }

    [Fact]
    public async Task A_role_that_may_not_change_the_schema_starts_on_a_migrated_database_and_is_told_what_is_missing_on_an_empty_one()
    {
        var role = "drucksachen_app_" + Guid.NewGuid().ToString("N");
        var server = PostgreSqlTestServer.Shared.ConnectionString;
        await ExecuteAsync(server, $"CREATE ROLE {role} LOGIN");
        try
        {
            await using (var migrated = await TestProduct.StartAsync(provider: DatabaseProviders.PostgreSql))
            {
                await GrantAsync(migrated.Database, role, tables: true);
                var settings = new DatabaseSettings(DatabaseProviders.PostgreSql, As(migrated.Database, role));
                await using var services = new ServiceCollection().AddDrucksachenDatabase(settings).BuildServiceProvider();
                await DrucksachenDatabase.MigrateAsync(services.GetRequiredService<IDbContextFactory<DrucksachenDbContext>>(), CancellationToken.None);
            }

            using var empty = TestDatabase.CreateEmpty(provider: DatabaseProviders.PostgreSql);
            await GrantAsync(empty, role, tables: false);
            var contexts = DrucksachenDatabase.CreateFactory(DatabaseLocation.From(new DatabaseSettings(DatabaseProviders.PostgreSql, As(empty, role))));
            var e = await Assert.ThrowsAsync<DatabaseSettingsException>(() => DrucksachenDatabase.MigrateAsync(contexts, CancellationToken.None));
            Assert.Contains("_Initial", e.Message);
            Assert.Contains("the role that owns the schema", e.Message);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP ROLE IF EXISTS {role}");
        }
    }

    private static string As(TestDatabase database, string role) =>
        new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = role, Password = null }.ConnectionString;

    // What README's roles section grants the application: no CREATE on the schema.
    private static Task GrantAsync(TestDatabase database, string role, bool tables) =>
        ExecuteAsync(database.ConnectionString,
            $"REVOKE CREATE ON SCHEMA public FROM PUBLIC; GRANT USAGE ON SCHEMA public TO {role};"
            + (tables ? $" GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}; GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role};" : ""));

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public void The_database_is_described_by_server_and_name_without_the_password()
    {
        var location = DatabaseLocation.From(new DatabaseSettings("PostgreSql", "Host=db.erfurt.de;Port=5433;Username=ris;Password=geheim;Database=rat"));

        Assert.Equal("PostgreSQL db.erfurt.de:5433/rat", location.Description);
        Assert.DoesNotContain("geheim", location.Description);
    }

    [Fact]
    public void Without_a_connection_string_the_start_is_refused_naming_the_setting()
    {
        var e = Assert.Throws<DatabaseSettingsException>(() => DatabaseLocation.From(new DatabaseSettings("PostgreSql", null)));

        Assert.Contains("ConnectionStrings:Drucksachen", e.Message);
    }
}
