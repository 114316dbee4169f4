using Drucksachen.Cli.Tests.TestSupport;
using Drucksachen.Core.Actions;
using Drucksachen.Persistence;
using Drucksachen.Testing;
using Microsoft.Data.Sqlite;

namespace Drucksachen.Cli.Tests.Commands;

/// <summary>
/// `backup` on SQLite (on PostgreSQL it is refused: Drucksachen.Cli.Tests.PostgreSql's
/// PostgreSqlBackupTests, which also restore a pg_dump).
/// </summary>
public sealed class BackupCommandTests
{
    [Fact]
    public async Task Copies_taken_while_papers_are_written_open_and_verify_and_a_quiet_one_equals_the_source()
    {
        await using var product = await TestProduct.StartAsync(provider: DatabaseProviders.Sqlite);
        var written = 0;
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var paper = await product.ImportAsync(PaperMarkdown.Information().With(p => p.Title = $"Während der Sicherung {written}").Build());
                await product.ActAsync(paper, new ActionInput("submit", product.AuthorOf(paper.LeadOffice)));
                Interlocked.Increment(ref written);
            }
        });

        while (Volatile.Read(ref written) < 3 && !writer.IsCompleted) await Task.Delay(10);

        var copies = new List<string>();
        var writtenBefore = Volatile.Read(ref written);
        for (var i = 0; i < 3; i++)
        {
            var file = Path.Combine(product.Database.Folder, $"sicherung-{i}.db");
            var backup = await CliSandbox.RunAsync(product.Database.Settings, "backup", file);
            Assert.True(backup.ExitCode == 0, backup.ToString());
            Assert.Equal($"backup written: {file} ({new FileInfo(file).Length} bytes)", backup.Stdout.Trim());
            copies.Add(file);
        }
        var writtenMeanwhile = Volatile.Read(ref written) - writtenBefore;
        await stop.CancelAsync();
        await writer;
        var quiet = Path.Combine(product.Database.Folder, "sicherung-ruhig.db");
        Assert.Equal(0, (await CliSandbox.RunAsync(product.Database.Settings, "backup", quiet)).ExitCode);

        Assert.True(writtenMeanwhile >= copies.Count, $"only {writtenMeanwhile} paper(s) were written while the copies were taken");
        foreach (var file in copies)
        {
            var verify = await CliSandbox.RunAsync(Sqlite(file), "verify");
            Assert.True(verify.ExitCode == 0, verify.ToString());
        }
        Assert.Equal(await Tallies.OfAsync(product.Database), await Tallies.OfAsync(Sqlite(quiet)));
        Assert.Contains($"{written} paper(s)", (await CliSandbox.RunAsync(Sqlite(quiet), "verify")).Stdout);
        Assert.Empty(Directory.GetFiles(product.Database.Folder, "*.partial"));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task An_existing_file_is_not_overwritten()
    {
        using var cli = new CliSandbox(DatabaseProviders.Sqlite);
        var existing = cli.WriteFile("sicherung.db", "die Sicherung von gestern");

        var backup = await cli.RunAsync("backup", existing);

        Assert.Equal(2, backup.ExitCode);
        Assert.Contains($"error: {existing} exists already: a backup never overwrites a file; name a new one", backup.Stderr);
        Assert.Equal("die Sicherung von gestern", File.ReadAllText(existing));
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_is_named_in_one_line()
    {
        using var cli = new CliSandbox(DatabaseProviders.Sqlite);
        var file = Path.Combine(cli.Folder, "kein-ordner", "sicherung.db");

        var backup = await cli.RunAsync("backup", file);

        Assert.Equal(2, backup.ExitCode);
        Assert.StartsWith($"error: cannot write the copy to {file}: ", Assert.Single(backup.ErrorLines));
    }

    private static DatabaseSettings Sqlite(string file) =>
        new(DatabaseProviders.Sqlite, new SqliteConnectionStringBuilder { DataSource = file }.ToString());
}
