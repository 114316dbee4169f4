using Drucksachen.Cli.Tests.TestSupport;

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
        Assert.Equal("history intact: 6 entries of 1 paper(s) verified", verify.Stdout.Trim());
        Assert.True(json.GetProperty("isIntact").GetBoolean());
        Assert.Equal(1, json.GetProperty("papers").GetInt32());
        Assert.Equal(6, json.GetProperty("entries").GetInt32());
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
            Execute(db, """DROP TRIGGER "HistoryEntries_NoUpdate";""");
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
        var e = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() =>
            Execute(db, """UPDATE "HistoryEntries" SET "Actor" = 'wagner' WHERE "Sequence" = 3;"""));
        Assert.Contains("append-only", e.Message);
    }

    private static int Execute(Microsoft.Data.Sqlite.SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }
}
