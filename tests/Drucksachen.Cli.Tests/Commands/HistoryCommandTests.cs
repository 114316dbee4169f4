using Drucksachen.Cli.Tests.TestSupport;

namespace Drucksachen.Cli.Tests.Commands;

public sealed class HistoryCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task The_finished_demo_paper_has_its_whole_way_in_order()
    {
        await _cli.RunOkAsync("init", "--demo");
        await _cli.RunOkAsync("act", "1803/22", "record", "--outcome", "noted", "--as", "krause");

        var entries = (await _cli.RunOkAsync("history", "1803/22", "--json")).Json.EnumerateArray().ToList();

        // The demo brings 1803/22 in with its number, as a migration from the earlier system would, and places it on the committee's meeting.
        Assert.Equal(["migrate", "submit", "cosign", "release", "record", "schedule", "record"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], entries.Select(e => e.GetProperty("sequence").GetInt32()));
        Assert.Equal(["mueller", "mueller", "schmidt", "horn", "krause", "krause", "krause"], entries.Select(e => e.GetProperty("actor").GetString()));
        Assert.Equal(["draft", "cosigning", "release", "consultation", "consultation", "consultation", "done"], entries.Select(e => e.GetProperty("to").GetString()));
        Assert.False(entries[0].TryGetProperty("from", out _), "the import starts the paper from nothing");
        Assert.Equal("1803/22", entries[3].GetProperty("details").GetProperty("number").GetString());
        Assert.Equal("dbob", entries[4].GetProperty("details").GetProperty("consultation").GetString());
        Assert.Equal("SAG/001/2022", entries[5].GetProperty("details").GetProperty("agenda").GetString());
        Assert.Equal("sag", entries[6].GetProperty("details").GetProperty("consultation").GetString());
        Assert.All(entries, e => Assert.Matches("^[0-9a-f]{64}$", e.GetProperty("hash").GetString()));
        // The demo replays October 2022 (Europe/Berlin, summer time).
        Assert.Equal(new DateTimeOffset(2022, 10, 12, 7, 0, 0, TimeSpan.Zero), entries[0].GetProperty("at").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2022, 10, 20, 12, 0, 0, TimeSpan.Zero), entries[4].GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task Prints_the_history_as_text()
    {
        await _cli.RunOkAsync("init", "--demo");

        var history = await _cli.RunOkAsync("history", "1803/22");

        var lines = history.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(7, lines.Length);
        Assert.StartsWith("Informationsvorlage 1803/22: Zwischeninformation", lines[0]);
        Assert.Contains("2022-10-12 07:00:00Z  mueller (author)  migrate  – → draft", lines[1]);
        Assert.Contains("horn (approver)  release  release → consultation", lines[4]);
    }

    [Fact]
    public async Task History_of_an_unknown_paper_exits_with_3()
    {
        var result = await _cli.RunAsync("history", "1803/22");

        Assert.Equal(3, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }
}
