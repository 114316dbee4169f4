using Drucksachen.Core.Storage;
using Drucksachen.Persistence.PostgreSql.Numbers;
using Drucksachen.Persistence.PostgreSql.Search;
using Drucksachen.Persistence.PostgreSql.Tests.TestSupport;
using Npgsql;
using static Drucksachen.Persistence.PostgreSql.Tests.TestSupport.PaperRowSql;

namespace Drucksachen.Persistence.PostgreSql.Tests.History;

/// <summary>
/// The roles README (Security, "PostgreSQL: the database roles") prescribes: the schema migrated by
/// an owner role, the application connected as a role with the grants listed there. The application
/// can do its work (papers, history appended, search, numbers, compaction) and cannot rewrite the
/// history, neither past the triggers nor around them.
/// </summary>
public sealed class ApplicationRoleTests : IAsyncLifetime
{
    private readonly string _owner = "drucksachen_owner_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _app = "drucksachen_app_" + Guid.NewGuid().ToString("N")[..12];
    private PostgreSqlTestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgreSqlTestDatabase.CreateEmptyAsync();
        await using (var admin = await _database.OpenAsync())
            await PostgreSqlTestDatabase.ExecuteAsync(admin, $"""
                CREATE ROLE {_owner} NOLOGIN;
                CREATE ROLE {_app} NOLOGIN;
                ALTER DATABASE {_database.Name} OWNER TO {_owner};
                REVOKE ALL ON DATABASE {_database.Name} FROM PUBLIC;
                GRANT CONNECT ON DATABASE {_database.Name} TO {_app};
                ALTER SCHEMA public OWNER TO {_owner};
                REVOKE ALL ON SCHEMA public FROM PUBLIC;
                GRANT USAGE ON SCHEMA public TO {_app};
                """);
        await DrucksachenDatabase.MigrateAsync(_database.Contexts(As(_owner)), CancellationToken.None);
        await using var owner = new NpgsqlConnection(As(_owner));
        await owner.OpenAsync();
        await PostgreSqlTestDatabase.ExecuteAsync(owner, $"""
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {_app};
            REVOKE UPDATE, DELETE ON "HistoryEntries", "DocumentVersions" FROM {_app};
            REVOKE INSERT, UPDATE, DELETE ON "PublicPaperSearch", "InternalPaperSearch", "__EFMigrationsHistory" FROM {_app};
            GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {_app};
            """);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        await using var server = new NpgsqlConnection(PostgreSqlTestDatabase.Server);
        await server.OpenAsync();
        await PostgreSqlTestDatabase.ExecuteAsync(server, $"DROP ROLE IF EXISTS {_app}; DROP ROLE IF EXISTS {_owner};");
    }

    [Fact]
    public async Task TheApplicationRole_DoesItsWork()
    {
        // Starting checks the migrations; with none pending it needs no right to change the schema.
        await DrucksachenDatabase.MigrateAsync(_database.Contexts(As(_app)), CancellationToken.None);
        var paper = Guid.NewGuid();
        await using var app = await OpenAsAppAsync();
        await InsertAsync(app, paper, "Radweg an der Gera", new() { ["sachverhalt"] = "Der Radweg wird verbreitert." });
        await using (var transaction = await app.BeginTransactionAsync())
        {
            var number = await PostgreSqlNumbers.NextAsync(app, transaction, "DS", 2030, CancellationToken.None);
            await ReleaseAsync(app, paper, number, isPublic: true);
            await AppendHistoryAsync(app, paper);
            await transaction.CommitAsync();
        }

        var page = await new PostgreSqlPaperSearch(_database.Contexts(As(_app))).SearchAsync(new PaperSearch("Radwege"), null, CancellationToken.None);
        Assert.Equal([paper], page.Items.Select(p => p.Id));
        await new PostgreSqlSearchMaintenance(_database.Contexts(As(_app))).CompactAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("""UPDATE "HistoryEntries" SET "Hash" = 'forged'""")]
    [InlineData("""DELETE FROM "HistoryEntries" """)]
    [InlineData("""TRUNCATE "HistoryEntries" """)]
    [InlineData("""UPDATE "DocumentVersions" SET "Sha512" = 'forged'""")]
    [InlineData("""ALTER TABLE "HistoryEntries" DISABLE TRIGGER ALL""")]
    [InlineData("""DROP TRIGGER "HistoryEntries_NoChange" ON "HistoryEntries" """)]
    [InlineData("""SET session_replication_role = replica""")]
    [InlineData("""UPDATE "PublicPaperSearch" SET "NumberAndTitle" = 'forged'""")]
    [InlineData("""CREATE TABLE "Shadow" ("Id" int)""")]
    public async Task TheApplicationRole_CannotRewriteTheHistory_NorGetAroundTheTriggers(string sql)
    {
        var paper = Guid.NewGuid();
        await using var app = await OpenAsAppAsync();
        await InsertAsync(app, paper, "Vorlage", new() { ["sachverhalt"] = "Text." });
        await AppendHistoryAsync(app, paper);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => PostgreSqlTestDatabase.ExecuteAsync(app, sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    private async Task<NpgsqlConnection> OpenAsAppAsync()
    {
        var connection = new NpgsqlConnection(As(_app));
        await connection.OpenAsync();
        return connection;
    }

    // The test server's administrator, acting as the role from the start of each session.
    private string As(string role) => new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Options = $"-c role={role}" }.ConnectionString;

    private static Task AppendHistoryAsync(NpgsqlConnection connection, Guid paper) =>
        PostgreSqlTestDatabase.ExecuteAsync(connection, """
            INSERT INTO "HistoryEntries" ("PaperId", "Sequence", "At", "Actor", "Role", "Action", "FromState", "ToState", "Details", "PreviousHash", "Hash")
            VALUES (@paper, 1, now(), 'mueller', 'author', 'create', NULL, 'draft', '{}', '', 'abc');
            INSERT INTO "DocumentVersions" ("Id", "PaperId", "Version", "FileName", "Size", "Sha512", "IsFinal", "Template", "CreatedAt", "Content")
            VALUES (gen_random_uuid(), @paper, 1, 'Drucksache-v1.pdf', 3, 'x', false, 'standard', now(), '\x255044'::bytea);
            """, ("paper", paper));
}
