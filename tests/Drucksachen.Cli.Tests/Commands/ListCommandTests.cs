using Drucksachen.Cli.Tests.TestSupport;

namespace Drucksachen.Cli.Tests.Commands;

public sealed class ListCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task An_empty_database_has_no_papers()
    {
        Assert.Equal("no papers", (await _cli.RunOkAsync("list")).Stdout.Trim());
        Assert.Equal(0, (await _cli.RunOkAsync("list", "--json")).Json.GetArrayLength());
    }

    [Fact]
    public async Task Filters_by_state_and_type()
    {
        await _cli.RunOkAsync("init", "--demo");
        await _cli.RunOkAsync("import", _cli.WriteFile("kita.md", SamplePapers.Beschlussvorlage), _cli.WriteFile("antrag.md", SamplePapers.Antrag));

        // Newest number first: the numbered demo paper before the unnumbered drafts.
        var all = await Titles("list");
        Assert.Equal(DemoTitle, all[0]);
        Assert.Equal([SamplePapers.AntragTitle, SamplePapers.KitaTitle, DemoTitle], all.Order());
        Assert.Equal([SamplePapers.AntragTitle, SamplePapers.KitaTitle], (await Titles("list", "--state", "draft")).Order());
        Assert.Equal([DemoTitle], await Titles("list", "--state", "consultation"));
        Assert.Empty(await Titles("list", "--state", "done"));
        Assert.Equal([SamplePapers.AntragTitle], await Titles("list", "--type", "Antrag"));
        Assert.Equal([SamplePapers.KitaTitle], await Titles("list", "--type", "Beschlussvorlage", "--state", "draft"));
        Assert.Equal([DemoTitle], await Titles("list", "--year", "2022"));
        Assert.Empty(await Titles("list", "--type", "Informationsvorlage", "--state", "draft"));

        var drafts = (await _cli.RunOkAsync("list", "--state", "draft")).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, drafts.Length);
        Assert.All(drafts, line => Assert.Contains(" draft ", line));
    }

    [Fact]
    public async Task Lists_as_text_one_line_per_paper()
    {
        await _cli.RunOkAsync("init", "--demo");

        var lines = (await _cli.RunOkAsync("list")).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var line = Assert.Single(lines);
        Assert.StartsWith("1803/22", line);
        Assert.Contains("Informationsvorlage", line);
        Assert.Contains("consultation", line);
        Assert.Contains("öffentlich", line);
    }

    [Fact]
    public async Task Pages_with_skip_and_take()
    {
        await _cli.RunOkAsync("init", "--demo");
        await _cli.RunOkAsync("import", _cli.WriteFile("kita.md", SamplePapers.Beschlussvorlage), _cli.WriteFile("antrag.md", SamplePapers.Antrag));

        var all = await Titles("list");
        Assert.Equal(all.Take(2), await Titles("list", "--take", "2"));
        Assert.Equal(all.Skip(1), await Titles("list", "--skip", "1"));
    }

    private const string DemoTitle = "Zwischeninformation zum aktuellen Stand der integrierten Sozialraumplanung in der Landeshauptstadt Erfurt";

    /// <summary>The titles `list --json` prints, in its order.</summary>
    private async Task<List<string>> Titles(params string[] args)
    {
        var json = (await _cli.RunOkAsync([.. args, "--json"])).Json;
        return json.EnumerateArray().Select(p => p.GetProperty("title").GetString()!).ToList();
    }
}
