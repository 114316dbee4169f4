using Drucksachen.Cli.Tests.TestSupport;
using Drucksachen.Testing;

namespace Drucksachen.Cli.Tests.Commands;

public sealed class VerifyCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task An_untouched_history_is_intact()
    {
        await _cli.RunOkAsync("init", "--demo");
        await _cli.RunOkAsync("act", "1803/22", "record", "--outcome", "noted", "--as", "krause");

        var verify = await _cli.RunAsync("verify");
        var json = (await _cli.RunOkAsync("verify", "--json")).Json;

        Assert.Equal(0, verify.ExitCode);
        Assert.Equal("history intact: 7 entries of 1 paper(s) and 2 document(s); 3 entries of 1 meeting(s) and 2 document(s) verified", verify.Stdout.Trim());
        Assert.True(json.GetProperty("isIntact").GetBoolean());
        Assert.Equal(1, json.GetProperty("papers").GetInt32());
        Assert.Equal(7, json.GetProperty("entries").GetInt32());
        Assert.Equal(1, json.GetProperty("meetings").GetInt32());
    }

    [Fact]
    public async Task An_empty_database_is_intact()
    {
        var verify = await _cli.RunOkAsync("verify");

        Assert.Contains("history intact", verify.Stdout);
    }

    [Fact]
    public async Task An_altered_entry_exits_with_1_naming_paper_and_entry()
    {
        await _cli.RunOkAsync("init", "--demo");
        using (var db = _cli.OpenDatabase())
        {
            TestDatabase.AllowHistoryChanges(db);
            var changed = Execute(db, """UPDATE "HistoryEntries" SET "Actor" = 'wagner' WHERE "Sequence" = 3;""");
            Assert.Equal(1, changed);
        }

        var verify = await _cli.RunAsync("verify");
        var json = await _cli.RunAsync("verify", "--json");

        Assert.Equal(1, verify.ExitCode);
        Assert.Equal("history broken: paper 1803/22, entry 3: content does not match its hash: the entry was altered", verify.Stdout.Trim());
        Assert.Equal(1, json.ExitCode);
        Assert.False(json.Json.GetProperty("isIntact").GetBoolean());
        var broken = json.Json.GetProperty("firstBroken");
        Assert.Equal("1803/22", broken.GetProperty("number").GetString());
        Assert.Equal(3, broken.GetProperty("sequence").GetInt32());
    }

    [Fact]
    public async Task The_database_refuses_to_alter_history()
    {
        await _cli.RunOkAsync("init", "--demo");

        using var db = _cli.OpenDatabase();
        var e = Assert.ThrowsAny<System.Data.Common.DbException>(() =>
            Execute(db, """UPDATE "HistoryEntries" SET "Actor" = 'wagner' WHERE "Sequence" = 3;"""));
        Assert.Contains("append-only", e.Message);
    }

    [Fact]
    public async Task A_title_changed_in_the_database_file_exits_with_1_naming_the_paper_and_the_title()
    {
        await _cli.RunOkAsync("init", "--demo");
        using (var db = _cli.OpenDatabase())
            Assert.Equal(1, Execute(db, """UPDATE "Papers" SET "Title" = 'Etwas anderes' WHERE "Number" = '1803/22';"""));

        var verify = await _cli.RunAsync("verify");

        Assert.Equal(1, verify.ExitCode);
        Assert.Equal("history broken: paper 1803/22, entry 6: title of the paper differs from the state its history records at entry 6: changed outside the product",
            verify.Stdout.Trim());
    }

    [Fact]
    public async Task A_public_flag_flipped_in_the_database_file_exits_with_1()
    {
        await _cli.RunOkAsync("init", "--demo");
        using (var db = _cli.OpenDatabase())
            Assert.Equal(1, Execute(db, """UPDATE "Papers" SET "IsPublic" = NOT "IsPublic" WHERE "Number" = '1803/22';"""));

        var verify = await _cli.RunAsync("verify");

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("paper 1803/22, entry 6: public flag of the paper differs", verify.Stdout);
    }

    [Fact]
    public async Task Verify_against_a_checkpoint_finds_the_newest_entries_removed_with_the_head_and_count()
    {
        await _cli.RunOkAsync("init", "--demo");
        var file = Path.Combine(_cli.Folder, "checkpoint.json");
        var made = await _cli.RunOkAsync("checkpoint", "--out", file);
        Assert.StartsWith($"checkpoint of 6 entries of 1 paper(s) and 3 entries of 1 meeting(s) written to {file}: ", made.Stdout);
        Assert.Equal(0, (await _cli.RunAsync("verify", "--checkpoint", file)).ExitCode);

        using (var db = _cli.OpenDatabase())
        {
            TestDatabase.AllowHistoryChanges(db);
            Assert.Equal(1, Execute(db, """DELETE FROM "HistoryEntries" WHERE "Sequence" = 6;"""));
            Assert.Equal(1, Execute(db, """
                UPDATE "Papers" SET "HistoryCount" = 5, "HistoryHead" = (SELECT "Hash" FROM "HistoryEntries" WHERE "Sequence" = 5);
                """));
        }

        var verify = await _cli.RunAsync("verify", "--checkpoint", file);

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("history broken: the checkpoint of ", verify.Stdout);
        Assert.Contains("covers 6 entries of 1 papers, the history now holds 5 of 1 of them: entries made before the checkpoint were removed", verify.Stdout);
    }

    [Fact]
    public async Task Verify_with_a_file_that_is_no_checkpoint_exits_with_2_naming_the_file()
    {
        await _cli.RunOkAsync("init");
        var file = _cli.WriteFile("kaputt.json", "{ \"format\": \"etwas/9\", \"hash\": \"ab\" }");

        var verify = await _cli.RunAsync("verify", "--checkpoint", file);

        Assert.Equal(2, verify.ExitCode);
        Assert.StartsWith($"error: {file}: field 'format': 'etwas/9' is not a checkpoint format", Assert.Single(verify.ErrorLines));
    }

    [Fact]
    public async Task Checkpoint_of_a_broken_history_is_refused_and_writes_no_file()
    {
        await _cli.RunOkAsync("init", "--demo");
        using (var db = _cli.OpenDatabase())
            Execute(db, """UPDATE "Papers" SET "Title" = 'Etwas anderes';""");
        var file = Path.Combine(_cli.Folder, "checkpoint.json");

        var made = await _cli.RunAsync("checkpoint", "--out", file);

        Assert.Equal(1, made.ExitCode);
        Assert.Contains("title of the paper differs", made.Stdout);
        Assert.False(File.Exists(file));
        Assert.Empty(Directory.EnumerateFiles(_cli.Folder, "*.tmp"));
    }

    private static int Execute(System.Data.Common.DbConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }
}
