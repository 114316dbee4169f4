using Drucksachen.Cli.Tests.TestSupport;

namespace Drucksachen.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Imports_a_decision_paper_as_a_draft()
    {
        var file = _cli.WriteFile("kita.md", SamplePapers.Beschlussvorlage);

        var import = await _cli.RunOkAsync("import", file);

        var line = Assert.Single(import.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches($"^imported [0-9a-f]{{8}}  Beschlussvorlage  draft  {SamplePapers.KitaTitle}\r?$", line);
        Assert.Equal("", import.Stderr);

        var list = (await _cli.RunOkAsync("list", "--json")).Json;
        var paper = Assert.Single(list.EnumerateArray());
        Assert.Equal(SamplePapers.KitaTitle, paper.GetProperty("title").GetString());
        Assert.Equal("Beschlussvorlage", paper.GetProperty("type").GetString());
        Assert.Equal("draft", paper.GetProperty("state").GetString());
        Assert.Equal("Jugendamt", paper.GetProperty("lead").GetString());
        Assert.Equal("2022-10-10", paper.GetProperty("date").GetString());
        Assert.False(paper.TryGetProperty("number", out _), "a draft has no number until it is released");
        Assert.StartsWith(line["imported ".Length..][..8], paper.GetProperty("id").GetString()!.Replace("-", ""));

        var history = (await _cli.RunOkAsync("history", paper.GetProperty("id").GetString()!, "--json")).Json;
        var entry = Assert.Single(history.EnumerateArray());
        Assert.Equal("import", entry.GetProperty("actor").GetString());
        Assert.Equal("kita.md", entry.GetProperty("details").GetProperty("source").GetString());
    }

    [Fact]
    public async Task Imports_with_json_and_as_a_user()
    {
        var file = _cli.WriteFile("kita.md", SamplePapers.Beschlussvorlage);

        var json = (await _cli.RunOkAsync("import", file, "--as", "schmidt", "--json")).Json;

        var paper = Assert.Single(json.EnumerateArray());
        Assert.Equal(SamplePapers.KitaTitle, paper.GetProperty("title").GetString());
        var history = (await _cli.RunOkAsync("history", paper.GetProperty("id").GetString()!, "--json")).Json;
        Assert.Equal("schmidt", history[0].GetProperty("actor").GetString());
        Assert.Equal("author", history[0].GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_council_member_may_not_import()
    {
        var file = _cli.WriteFile("kita.md", SamplePapers.Beschlussvorlage);

        var import = await _cli.RunAsync("import", file, "--as", "becker");

        Assert.Equal(4, import.ExitCode);
        Assert.Equal("error: becker may not import papers (allowed: authors for their office, clerks, admins)", import.Stderr.Trim());
        Assert.Equal(0, (await _cli.RunOkAsync("list", "--json")).Json.GetArrayLength());
    }

    [Fact]
    public async Task An_unclosed_list_in_front_matter_is_bad_input_not_a_crash()
    {
        var text = SamplePapers.Beschlussvorlage.Replace("lead: Jugendamt", "lead: [Jugendamt");
        var file = _cli.WriteFile("broken.md", text);
        var line = text.Split('\n').ToList().FindIndex(l => l.StartsWith("lead: [", StringComparison.Ordinal)) + 1;

        var import = await _cli.RunAsync("import", file);

        Assert.Equal(2, import.ExitCode);
        Assert.StartsWith($"error: {file}:{line}: malformed front matter", import.Stderr.Trim());
        Assert.Equal(0, (await _cli.RunOkAsync("list", "--json")).Json.GetArrayLength());
    }

    [Fact]
    public async Task Imports_a_folder_of_papers()
    {
        _cli.WriteFile("in/kita.md", SamplePapers.Beschlussvorlage);
        _cli.WriteFile("in/sub/antrag.md", SamplePapers.Antrag);
        _cli.WriteFile("in/notes.txt", "not a paper");

        var json = (await _cli.RunOkAsync("import", Path.Combine(_cli.Folder, "in"), "--json")).Json;

        Assert.Equal(2, json.GetArrayLength());
        Assert.Equal(2, (await _cli.RunOkAsync("list", "--json")).Json.GetArrayLength());
    }

    [Fact]
    public async Task Malformed_front_matter_exits_with_2_naming_file_and_line()
    {
        var file = _cli.WriteFile("kaputt.md", SamplePapers.MalformedFrontMatter);

        var result = await _cli.RunAsync("import", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var error = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"error: {file}:{SamplePapers.MalformedLine}: malformed front matter", error);
    }

    [Fact]
    public async Task An_unknown_field_is_reported_at_its_line()
    {
        var file = _cli.WriteFile("farbe.md", SamplePapers.Antrag.Replace("author: fischer", "author: fischer\ncolour: red"));

        var result = await _cli.RunAsync("import", file);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {file}:6: field 'colour': unknown field", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Malformed_front_matter_with_json_is_a_json_error()
    {
        var file = _cli.WriteFile("kaputt.md", SamplePapers.MalformedFrontMatter);

        var result = await _cli.RunAsync("import", file, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(2, result.ErrorJson.GetProperty("exitCode").GetInt32());
        Assert.StartsWith($"{file}:{SamplePapers.MalformedLine}: ", result.ErrorJson.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task One_bad_file_among_several_stores_none(bool badFirst)
    {
        var good = _cli.WriteFile("kita.md", SamplePapers.Beschlussvorlage);
        var alsoGood = _cli.WriteFile("antrag.md", SamplePapers.Antrag);
        var bad = _cli.WriteFile("kaputt.md", SamplePapers.MalformedFrontMatter);

        var result = await _cli.RunAsync(badFirst ? ["import", bad, good, alsoGood] : ["import", good, alsoGood, bad]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(bad, Assert.Single(result.ErrorLines));
        Assert.Equal(0, (await _cli.RunOkAsync("list", "--json")).Json.GetArrayLength());
        Assert.Equal("no papers", (await _cli.RunOkAsync("list")).Stdout.Trim());
    }

    [Fact]
    public async Task A_missing_file_exits_with_2_and_stores_nothing()
    {
        var good = _cli.WriteFile("kita.md", SamplePapers.Beschlussvorlage);
        var missing = Path.Combine(_cli.Folder, "fehlt.md");

        var result = await _cli.RunAsync("import", good, missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {missing}: no such file", Assert.Single(result.ErrorLines));
        Assert.Equal(0, (await _cli.RunOkAsync("list", "--json")).Json.GetArrayLength());
    }

    [Fact]
    public async Task A_number_already_taken_is_refused()
    {
        await _cli.RunOkAsync("init", "--demo");
        var file = _cli.WriteFile("doppelt.md", SamplePapers.Antrag.Replace("author: fischer", "author: fischer\nnumber: 1803/22"));

        var result = await _cli.RunAsync("import", file);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("already taken", Assert.Single(result.ErrorLines));
        Assert.Single((await _cli.RunOkAsync("list", "--json")).Json.EnumerateArray());
    }

    [Fact]
    public async Task A_number_clash_does_not_name_the_paper_holding_the_number()
    {
        await _cli.RunOkAsync("init", "--demo");
        var title = (await _cli.RunOkAsync("show", "1803/22", "--json")).Json.GetProperty("title").GetString()!;
        var file = _cli.WriteFile("doppelt.md", SamplePapers.Antrag.Replace("author: fischer", "author: fischer\nnumber: 1803/22"));

        var result = await _cli.RunAsync("import", file, "--as", "admin");

        Assert.Equal(4, result.ExitCode);
        Assert.DoesNotContain(title, result.Stderr);
    }

    [Fact]
    public async Task An_author_may_import_only_drafts_of_their_own_office_and_no_numbers()
    {
        await _cli.RunOkAsync("init");
        var kita = _cli.WriteFile("kita.md", SamplePapers.Beschlussvorlage);
        var numbered = _cli.WriteFile("alt.md", SamplePapers.Beschlussvorlage.Replace("author: schmidt", "author: schmidt\nnumber: 0500/22"));

        var foreign = await _cli.RunAsync("import", kita, "--as", "wagner");
        var withNumber = await _cli.RunAsync("import", numbered, "--as", "schmidt");

        Assert.Equal(4, foreign.ExitCode);
        Assert.Contains("field 'lead'", foreign.Stderr);
        Assert.Equal(4, withNumber.ExitCode);
        Assert.Contains("field 'number'", withNumber.Stderr);
        Assert.Equal(0, (await _cli.RunOkAsync("list", "--json")).Json.GetArrayLength());
    }

    [Fact]
    public async Task Importing_501_files_with_the_last_bad_stores_none_not_the_first_500()
    {
        await _cli.RunOkAsync("init", "--demo");
        var folder = Path.Combine(_cli.Folder, "viele");
        for (var i = 0; i < 500; i++) _cli.WriteFile($"viele/{i:000}.md", SamplePapers.Antrag);
        _cli.WriteFile("viele/500.md", SamplePapers.Antrag.Replace("author: fischer", "author: fischer\nnumber: 1803/22"));

        var result = await _cli.RunAsync("import", folder, "--as", "admin");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("500.md", Assert.Single(result.ErrorLines));
        Assert.Single((await _cli.RunOkAsync("list", "--json")).Json.EnumerateArray());
    }
}
