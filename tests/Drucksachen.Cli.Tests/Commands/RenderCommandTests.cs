using System.Security.Cryptography;
using Drucksachen.Cli.Tests.TestSupport;

namespace Drucksachen.Cli.Tests.Commands;

public sealed class RenderCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Render_stores_the_next_numbered_version_and_records_its_checksum()
    {
        await _cli.RunOkAsync("init", "--demo");
        var path = Path.Combine(_cli.Folder, "paper.pdf");

        var render = (await _cli.RunOkAsync("render", "1803/22", "--out", path, "--as", "krause", "--json")).Json;

        var pdf = await File.ReadAllBytesAsync(path);
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        // Version 1 was rendered at release in the demo replay.
        Assert.Equal("Drucksache-1803-22-v2.pdf", render.GetProperty("fileName").GetString());
        Assert.Equal(2, render.GetProperty("version").GetInt32());
        Assert.Equal(pdf.Length, render.GetProperty("size").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA512.HashData(pdf)), render.GetProperty("sha512").GetString());

        var last = (await _cli.RunOkAsync("history", "1803/22", "--json")).Json.EnumerateArray().Last();
        Assert.Equal("render", last.GetProperty("action").GetString());
        Assert.Equal("krause", last.GetProperty("actor").GetString());
        Assert.Equal(render.GetProperty("sha512").GetString(), last.GetProperty("details").GetProperty("document").GetProperty("sha512").GetString());
        Assert.Equal(0, (await _cli.RunAsync("verify")).ExitCode);
    }

    [Fact]
    public async Task Rendering_an_unchanged_paper_again_gives_the_same_bytes_under_a_new_version()
    {
        await _cli.RunOkAsync("init", "--demo");
        var first = Path.Combine(_cli.Folder, "a.pdf");
        var second = Path.Combine(_cli.Folder, "b.pdf");

        await _cli.RunOkAsync("render", "1803/22", "--out", first);
        var again = (await _cli.RunOkAsync("render", "1803/22", "--out", second, "--json")).Json;

        Assert.Equal(3, again.GetProperty("version").GetInt32());
        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
    }

    [Fact]
    public async Task Render_of_an_unknown_paper_exits_3()
    {
        await _cli.RunOkAsync("init");

        var render = await _cli.RunAsync("render", "9999/22", "--out", Path.Combine(_cli.Folder, "x.pdf"));

        Assert.Equal(3, render.ExitCode);
        Assert.False(File.Exists(Path.Combine(_cli.Folder, "x.pdf")));
    }

    [Fact]
    public async Task Render_as_a_council_member_is_refused_and_stores_nothing()
    {
        await _cli.RunOkAsync("init", "--demo");
        var entries = (await _cli.RunOkAsync("history", "1803/22", "--json")).Json.GetArrayLength();

        var render = await _cli.RunAsync("render", "1803/22", "--out", Path.Combine(_cli.Folder, "x.pdf"), "--as", "becker");

        Assert.Equal(4, render.ExitCode);
        Assert.False(File.Exists(Path.Combine(_cli.Folder, "x.pdf")));
        Assert.Equal(entries, (await _cli.RunOkAsync("history", "1803/22", "--json")).Json.GetArrayLength());
    }

    [Fact]
    public async Task Render_as_an_author_who_cannot_see_the_draft_answers_as_for_no_paper()
    {
        await _cli.RunOkAsync("init");
        var id = (await _cli.RunOkAsync("import", _cli.WriteFile("kita.md", SamplePapers.Beschlussvorlage), "--json")).Json[0].GetProperty("id").GetString()!;

        var render = await _cli.RunAsync("render", id, "--out", Path.Combine(_cli.Folder, "x.pdf"), "--as", "wagner");

        Assert.Equal(3, render.ExitCode);
        Assert.DoesNotContain(SamplePapers.KitaTitle, render.Stderr);
        Assert.Single((await _cli.RunOkAsync("history", id, "--json")).Json.EnumerateArray());
    }

    [Fact]
    public async Task Render_into_a_missing_folder_fails_and_stores_no_version_and_no_history()
    {
        await _cli.RunOkAsync("init", "--demo");
        var before = (await _cli.RunOkAsync("history", "1803/22", "--json")).Json.GetArrayLength();
        var missing = Path.Combine(_cli.Folder, "gibt-es-nicht", "x.pdf");

        var render = await _cli.RunAsync("render", "1803/22", "--out", missing);

        Assert.Equal(2, render.ExitCode);
        Assert.Contains("--out", Assert.Single(render.ErrorLines));
        Assert.Equal(before, (await _cli.RunOkAsync("history", "1803/22", "--json")).Json.GetArrayLength());
        // The next rendering is still version 2: version 2 was not stored by the failed command.
        var next = (await _cli.RunOkAsync("render", "1803/22", "--out", Path.Combine(_cli.Folder, "y.pdf"), "--json")).Json;
        Assert.Equal(2, next.GetProperty("version").GetInt32());
        Assert.Equal(0, (await _cli.RunAsync("verify")).ExitCode);
    }

    [Fact]
    public async Task Render_onto_a_folder_fails_and_stores_no_version_and_leaves_no_temporary_file()
    {
        await _cli.RunOkAsync("init", "--demo");
        var folder = Directory.CreateDirectory(Path.Combine(_cli.Folder, "ordner")).FullName;

        var render = await _cli.RunAsync("render", "1803/22", "--out", folder);

        Assert.Equal(2, render.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        Assert.DoesNotContain(Directory.EnumerateFiles(_cli.Folder), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        var next = (await _cli.RunOkAsync("render", "1803/22", "--out", Path.Combine(_cli.Folder, "y.pdf"), "--json")).Json;
        Assert.Equal(2, next.GetProperty("version").GetInt32());
    }
}
