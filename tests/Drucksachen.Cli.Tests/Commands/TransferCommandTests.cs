using System.Data.Common;
using System.Text.Json;
using Drucksachen.Cli.Tests.TestSupport;
using Drucksachen.Core;
using Drucksachen.Testing;

namespace Drucksachen.Cli.Tests.Commands;

/// <summary>
/// `transfer` into another database of the provider under test (between providers:
/// Drucksachen.Cli.Tests.PostgreSql's TransferBetweenProvidersTests).
/// </summary>
public sealed class TransferCommandTests : IDisposable
{
    private readonly CliSandbox _source = new();
    private readonly CliSandbox _target = new();

    public void Dispose()
    {
        _source.Dispose();
        _target.Dispose();
    }

    [Fact]
    public async Task A_copy_holds_every_table_of_the_model_row_for_row_and_verifies()
    {
        await _source.RunOkAsync("init", "--demo");
        await _source.RunOkAsync("import", _source.WriteFile("kita.md", SamplePapers.Beschlussvorlage));
        await _source.RunOkAsync("act", "1803/22", "record", "--outcome", "noted", "--as", "krause");
        await _source.RunOkAsync("user", "token", "krause", "--name", "Skript");
        var held = await HoldMeetingAsync();

        var transfer = await TransferAsync("--json");

        Assert.True(transfer.ExitCode == 0, transfer.ToString());
        var json = transfer.Json;
        Assert.True(json.GetProperty("committed").GetBoolean());
        Assert.True(json.GetProperty("verification").GetProperty("isIntact").GetBoolean());
        var tables = json.GetProperty("tables").EnumerateArray().ToList();
        Assert.Equal(Tallies.ModelTables(_source.Database), tables.Select(t => t.GetProperty("table").GetString()).Order(StringComparer.Ordinal));
        Assert.All(tables, t => Assert.True(t.GetProperty("matches").GetBoolean(), t.ToString()));
        Assert.Equal(2, Rows(tables, "Papers"));
        Assert.Equal(1, Rows(tables, "ApiTokens"));
        Assert.True(Rows(tables, "MeetingDocuments") >= 4, "the held meeting's four documents are copied");
        Assert.Equal(await Tallies.OfAsync(_source.Database), await Tallies.OfAsync(_target.Database));
        _target.Clock = _source.Clock;
        var copied = (await _target.RunOkAsync("meeting", "show", held, "--as", "krause", "--json")).Json;
        Assert.Equal("held", copied.GetProperty("meeting").GetProperty("state").GetString());
        Assert.Equal(0, (await _target.RunAsync("verify")).ExitCode);
    }

    // A meeting of the social committee invited in time, attended and closed: its history and its four documents (invitation and minutes, each in two editions).
    private async Task<string> HoldMeetingAsync()
    {
        var clock = new ManualClock(Berlin.At(2022, 10, 20, 9));
        _source.Clock = clock;
        var number = (await _source.RunOkAsync("meeting", "create", "--body", "sag", "--date", "10.11.2022", "--as", "krause", "--json")).Json
            .GetProperty("meeting").GetProperty("number").GetString()!;
        await _source.RunOkAsync("meeting", "add-item", number, "--title", "Bericht der Verwaltung", "--non-public", "--as", "krause");
        await _source.RunOkAsync("meeting", "invite", number, "--as", "krause");
        clock.Set(Berlin.At(2022, 11, 10, 19));
        await _source.RunOkAsync("meeting", "attend", number, "--present", "becker", "wolf", "richter", "--as", "krause");
        await _source.RunOkAsync("meeting", "close", number, "--as", "krause");
        return number;
    }

    [Fact]
    public async Task The_copy_works_on_with_new_keys_after_the_copied_ones()
    {
        await _source.RunOkAsync("init", "--demo");
        await _source.RunOkAsync("import", _source.WriteFile("kita.md", SamplePapers.Beschlussvorlage));
        await _source.RunOkAsync("user", "add", "lehmann", "--name", "Lehmann", "--role", "author", "--office", "Amt für Bildung");

        await TransferOkAsync();
        // A new history entry and a new paper take keys after the copied ones.
        var act = await _target.RunAsync("act", "1803/22", "record", "--outcome", "noted", "--as", "krause");
        var import = await _target.RunAsync("import", _target.WriteFile("antrag.md", SamplePapers.Antrag));
        var list = await _target.RunOkAsync("list", "--json");

        Assert.True(act.ExitCode == 0, act.ToString());
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("history intact: 9 entries of 3 paper(s) and 2 document(s); 3 entries of 1 meeting(s) and 2 document(s) verified", (await _target.RunOkAsync("verify")).Stdout);
        Assert.Equal(3, list.Json.GetArrayLength());
        Assert.Contains("lehmann", (await _target.RunOkAsync("user", "list")).Stdout);
    }

    [Fact]
    public async Task A_target_holding_data_is_refused_and_left_as_it_was()
    {
        await _source.RunOkAsync("init", "--demo");
        await _target.RunOkAsync("init");
        var before = await Tallies.OfAsync(_target.Database);

        var transfer = await TransferAsync();

        Assert.Equal(4, transfer.ExitCode);
        var error = Assert.Single(transfer.ErrorLines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("is not empty (AspNetRoles: 5 row(s)", error);
        Assert.Contains("transfer copies into an empty database only and left this one as it was", error);
        Assert.Equal(before, await Tallies.OfAsync(_target.Database));
    }

    [Theory]
    [InlineData("""CREATE TABLE "Notes" ("Id" integer)""", "table Notes is not part of the product's model")]
    [InlineData("""ALTER TABLE "Papers" ADD COLUMN "Remark" text""", "column Papers.Remark is not part of the product's model")]
    public async Task Data_outside_the_model_is_refused_by_name_and_nothing_copied(string sql, string named)
    {
        await _source.RunOkAsync("init", "--demo");
        using (var db = _source.OpenDatabase()) Execute(db, sql);

        var transfer = await TransferAsync();

        Assert.Equal(4, transfer.ExitCode);
        Assert.Contains($"the source database {_source.DatabaseDescription} cannot be copied whole: {named}; nothing was copied", transfer.Stderr);
        Assert.All(await Tallies.OfAsync(_target.Database), t => Assert.Equal(0, t.Rows));
    }

    [Fact]
    public async Task An_unknown_target_provider_is_refused_naming_the_choices()
    {
        var transfer = await _source.RunAsync("transfer", "--to-provider", "Oracle", "--to", "Data Source=x");

        Assert.Equal(2, transfer.ExitCode);
        Assert.Contains("Database:Provider 'Oracle' is unknown; choose Sqlite or PostgreSql", transfer.Stderr);
    }

    [Fact]
    public async Task A_target_that_cannot_be_opened_is_named_in_one_line()
    {
        var missing = Path.Combine(_source.Folder, "kein-ordner", "ziel.db");

        var transfer = await _source.RunAsync("transfer", "--to-provider", "Sqlite", "--to", $"Data Source={missing}");

        Assert.Equal(2, transfer.ExitCode);
        Assert.StartsWith($"error: the target database {missing} cannot be opened and migrated: ", Assert.Single(transfer.ErrorLines, l => l.StartsWith("error:", StringComparison.Ordinal)));
    }

    private Task<CliResult> TransferAsync(params string[] more) =>
        _source.RunAsync(["transfer", "--to-provider", _target.Provider, "--to", _target.ConnectionString, .. more]);

    private async Task TransferOkAsync()
    {
        var transfer = await TransferAsync();
        Assert.True(transfer.ExitCode == 0, transfer.ToString());
        _target.Database.ReleaseConnections();
    }

    private static long Rows(List<JsonElement> tables, string table) =>
        tables.Single(t => t.GetProperty("table").GetString() == table).GetProperty("targetRows").GetInt64();

    private static void Execute(DbConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
