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
            Assert.Equal("history intact: 7 entries of 2 paper(s) and 2 document(s) verified", verify.Stdout.Trim());
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
