using System.Diagnostics;
using Drucksachen.Cli.Tests.TestSupport;
using Drucksachen.Persistence;
using Drucksachen.Testing;
using Npgsql;

namespace Drucksachen.Cli.Tests.Commands;

/// <summary>Backup and restore on PostgreSQL: README's pg_dump and pg_restore commands, and `backup` refused.</summary>
public sealed class PostgreSqlBackupTests : IDisposable
{
    private readonly CliSandbox _cli = new(DatabaseProviders.PostgreSql);

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Backup_is_refused_pointing_to_pg_dump()
    {
        var backup = await _cli.RunAsync("backup", Path.Combine(_cli.Folder, "sicherung.db"));

        Assert.Equal(2, backup.ExitCode);
        Assert.Contains("error: backup copies a SQLite file; on PostgreSQL use pg_dump and pg_restore (README, \"Operations: backup, restore, transfer\")", backup.Stderr);
        Assert.False(File.Exists(Path.Combine(_cli.Folder, "sicherung.db")));
    }

    [Fact]
    public async Task A_pg_dump_restored_into_a_fresh_database_verifies_with_the_same_tables_and_works_on()
    {
        await _cli.RunOkAsync("init", "--demo");
        await _cli.RunOkAsync("import", _cli.WriteFile("kita.md", SamplePapers.Beschlussvorlage));
        await _cli.RunOkAsync("act", "1803/22", "record", "--outcome", "noted", "--as", "krause");
        var dump = Path.Combine(_cli.Folder, "drucksachen.dump");
        var restored = new DatabaseSettings(DatabaseProviders.PostgreSql, PostgreSqlTestServer.Shared.CreateEmptyDatabase());
        try
        {
            _cli.Database.ReleaseConnections();
            await RunAsync("pg_dump", _cli.ConnectionString, "-Fc", "-f", dump);
            await RunAsync("pg_restore", restored.ConnectionString!, "--no-owner", "--exit-on-error", "--single-transaction", dump);

            var verify = await CliSandbox.RunAsync(restored, "verify");
            var tallies = await Tallies.OfAsync(restored);
            var import = await CliSandbox.RunAsync(restored, "import", _cli.WriteFile("antrag.md", SamplePapers.Antrag));

            Assert.True(verify.ExitCode == 0, verify.ToString());
            Assert.Equal("history intact: 8 entries of 2 paper(s) and 2 document(s); 3 entries of 1 meeting(s) and 2 document(s) verified", verify.Stdout.Trim());
            Assert.Equal(await Tallies.OfAsync(_cli.Database), tallies);
            // A new paper and history entry take keys after the restored ones.
            Assert.True(import.ExitCode == 0, import.ToString());
            Assert.Equal(0, (await CliSandbox.RunAsync(restored, "verify")).ExitCode);
        }
        finally
        {
            PostgreSqlTestServer.ReleaseConnections(restored.ConnectionString!);
            PostgreSqlTestServer.Shared.DropDatabase(restored.ConnectionString!);
        }
    }

    [Fact]
    public async Task A_dump_restored_by_the_owner_role_keeps_the_application_roles_grants_and_the_history_refusing_changes()
    {
        var owner = "drucksachen_owner_" + Guid.NewGuid().ToString("N")[..12];
        var app = "drucksachen_app_" + Guid.NewGuid().ToString("N")[..12];
        var server = PostgreSqlTestServer.Shared;
        var source = server.CreateEmptyDatabase();
        var restored = server.CreateEmptyDatabase();
        var dump = Path.Combine(_cli.Folder, "drucksachen.dump");
        try
        {
            await ExecuteAsync(source, $"CREATE ROLE {owner} NOLOGIN; CREATE ROLE {app} NOLOGIN;");
            foreach (var database in new[] { source, restored })
                await ExecuteAsync(database, $"""
                    ALTER DATABASE "{Name(database)}" OWNER TO {owner};
                    REVOKE ALL ON DATABASE "{Name(database)}" FROM PUBLIC;
                    GRANT CONNECT ON DATABASE "{Name(database)}" TO {app};
                    """);
            // As README's roles section: the owner migrates and fills the database, then grants.
            await ExecuteAsync(source, $"ALTER SCHEMA public OWNER TO {owner}; REVOKE ALL ON SCHEMA public FROM PUBLIC; GRANT USAGE ON SCHEMA public TO {app};");
            Assert.Equal(0, (await CliSandbox.RunAsync(PostgreSql(As(source, owner)), "init", "--demo")).ExitCode);
            await ExecuteAsync(As(source, owner), $"""
                GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {app};
                REVOKE UPDATE, DELETE ON "HistoryEntries", "DocumentVersions" FROM {app};
                REVOKE INSERT, UPDATE, DELETE ON "PublicPaperSearch", "InternalPaperSearch", "__EFMigrationsHistory" FROM {app};
                GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {app};
                """);

            await RunAsync("pg_dump", source, $"--role={owner}", "-Fc", "-f", dump);
            await RunAsync("pg_restore", restored, $"--role={owner}", "--no-owner", "--exit-on-error", "--single-transaction", dump);

            var verify = await CliSandbox.RunAsync(PostgreSql(As(restored, app)), "verify");
            var import = await CliSandbox.RunAsync(PostgreSql(As(restored, app)), "import", _cli.WriteFile("antrag.md", SamplePapers.Antrag));
            var appRewrite = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(As(restored, app), """UPDATE "HistoryEntries" SET "Actor" = 'wagner'"""));
            var ownerRewrite = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(As(restored, owner), """UPDATE "HistoryEntries" SET "Actor" = 'wagner'"""));

            Assert.True(verify.ExitCode == 0, verify.ToString());
            Assert.True(import.ExitCode == 0, import.ToString());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, appRewrite.SqlState);
            Assert.Equal("23001", ownerRewrite.SqlState);
        }
        finally
        {
            foreach (var database in new[] { source, restored })
            {
                PostgreSqlTestServer.ReleaseConnections(database);
                server.DropDatabase(database);
            }
            await ExecuteAsync(server.ConnectionString, $"DROP ROLE IF EXISTS {app}; DROP ROLE IF EXISTS {owner};");
        }
    }

    private static DatabaseSettings PostgreSql(string connectionString) => new(DatabaseProviders.PostgreSql, connectionString);

    private static string Name(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database!;

    // Connected as the server's role, acting as role (as a login of that role would).
    private static string As(string connectionString, string role) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Options = $"-c role={role}", Pooling = false }.ConnectionString;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    // Runs a PostgreSQL client program of the server's major version on the database of
    // connectionString (its password, if any, through PGPASSWORD).
    private static async Task RunAsync(string program, string connectionString, params string[] args)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Tool(program)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-h", connection.Host!, "-p", connection.Port.ToString(), "-U", connection.Username!, "-d", connection.Database! }.Concat(args))
            start.ArgumentList.Add(arg);
        if (connection.Password is { } password) start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', start.ArgumentList)} -> exit {process.ExitCode}: {await errors}");
    }

    // Debian keeps the client programs of each major version under /usr/lib/postgresql/<version>/bin.
    private static string Tool(string program) =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", program)).Where(File.Exists)
                .OrderByDescending(p => p, StringComparer.Ordinal).FirstOrDefault() ?? program
            : program;
}
