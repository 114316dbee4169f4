using Drucksachen.Cli.Tests.TestSupport;

namespace Drucksachen.Cli.Tests.Commands;

public sealed class CompactCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Compact_leaves_each_search_index_in_one_piece()
    {
        await _cli.RunOkAsync("init", "--demo");
        // Each import is a transaction of its own, and adds a piece to each index.
        await _cli.RunOkAsync("import", _cli.WriteFile("kita.md", SamplePapers.Beschlussvorlage));
        Assert.True(Pieces("PaperTitles") > 1, "the writes left one piece only; the test would not show the merge");

        var compact = await _cli.RunOkAsync("compact");
        var json = (await _cli.RunOkAsync("compact", "--json")).Json;

        Assert.Equal("search indexes compacted", compact.Stdout.Trim());
        Assert.True(json.GetProperty("compacted").GetBoolean());
        Assert.Equal(1, Pieces("PaperTitles"));
        Assert.Equal(1, Pieces("PaperWords"));
    }

    private long Pieces(string table)
    {
        using var db = _cli.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = $"""SELECT count(DISTINCT "segid") FROM "{table}_idx" """;
        return (long)command.ExecuteScalar()!;
    }
}
