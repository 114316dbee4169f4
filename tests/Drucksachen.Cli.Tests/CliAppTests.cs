using System.Text.Json;
using System.Text.RegularExpressions;
using Drucksachen.Cli.Tests.TestSupport;

namespace Drucksachen.Cli.Tests;

public sealed partial class CliAppTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void The_program_finds_its_configuration_workflows_templates_and_demo_beside_it()
    {
        var dir = AppContext.BaseDirectory;
        Assert.True(File.Exists(Path.Combine(dir, "appsettings.json")), "appsettings.json");
        Assert.True(File.Exists(Path.Combine(dir, "workflows", "informationsvorlage.yaml")), "workflows/");
        Assert.True(File.Exists(Path.Combine(dir, "workflows", "beschlussvorlage.yaml")), "workflows/");
        Assert.True(File.Exists(Path.Combine(dir, "templates", "Informationsvorlage.md")), "templates/");
        Assert.True(File.Exists(Path.Combine(dir, "Demo", "drucksache-1803-22.md")), "Demo/");
    }

    [Fact]
    public async Task A_missing_fonts_folder_is_one_clear_line_naming_it()
    {
        _cli.Settings["Drucksachen:FontsPath"] = "/nonexistent/fonts";

        var result = await _cli.RunAsync("init", "--demo");

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.ErrorLines);
        Assert.Contains("'/nonexistent/fonts'", error);
        Assert.Contains("FontsPath", error);
    }

    [Fact]
    public async Task An_unknown_database_provider_is_one_clear_line_naming_the_setting()
    {
        _cli.Settings["Database:Provider"] = "Oracle";

        var result = await _cli.RunAsync("list");

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.ErrorLines);
        Assert.Contains("Database:Provider 'Oracle'", error);
        Assert.Contains("Sqlite", error);
    }

    [Fact]
    public async Task Help_lists_every_command()
    {
        var help = await _cli.RunOkAsync("--help");

        Assert.Equal(
            ["init", "import", "list", "show", "act", "history", "verify", "checkpoint", "tick", "compact", "render", "user", "meeting", "transfer", "backup"],
            HelpCommands(help.Stdout).Select(c => c.Name));
    }

    [Fact]
    public async Task Every_command_in_the_help_accepts_json_and_answers_in_json()
    {
        await _cli.RunOkAsync("init", "--demo");
        var commands = HelpCommands((await _cli.RunOkAsync("--help")).Stdout);
        Assert.NotEmpty(commands);

        foreach (var (name, arguments) in commands)
        {
            // Every required argument gets the demo paper's number: enough to get past parsing.
            string[] args = [name, .. Enumerable.Repeat("1803/22", arguments), "--json"];
            // render and backup write a file; keep it inside the sandbox.
            if (name == "render") args = [.. args, "--out", Path.Combine(_cli.Folder, "out.pdf")];
            if (name == "backup") args = [name, Path.Combine(_cli.Folder, "backup.db"), "--json"];
            var result = await _cli.RunAsync(args);

            Assert.True(result.ExitCode is 0 or 2 or 3 or 4, result.ToString());
            if (result.ExitCode == 0)
            {
                Assert.True(result.Json.ValueKind is JsonValueKind.Object or JsonValueKind.Array, result.ToString());
                Assert.Equal("", result.Stderr);
            }
            else
            {
                Assert.Equal(result.ExitCode, result.ErrorJson.GetProperty("exitCode").GetInt32());
                Assert.False(string.IsNullOrWhiteSpace(result.ErrorJson.GetProperty("error").GetString()), result.ToString());
            }

            var commandHelp = await _cli.RunOkAsync(name, "--help");
            Assert.Contains("--json", commandHelp.Stdout);
        }
    }

    [Theory]
    [InlineData("list", "--bogus")]
    [InlineData("frobnicate")]
    [InlineData("show")]
    [InlineData("act", "1803/22")]
    [InlineData("import")]
    [InlineData("list", "--take", "many")]
    [InlineData("act", "1803/22", "record", "--expect-version", "five")]
    public async Task Bad_usage_exits_with_2_and_a_hint(params string[] args)
    {
        var result = await _cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith("error: ", result.Stderr);
        Assert.Contains("drucksachen --help", result.Stderr);
    }

    [Theory]
    [InlineData("Required argument missing", "show", "--json")]
    [InlineData("--bogus", "list", "--bogus", "--json")]
    [InlineData("frobnicate", "--json", "frobnicate")]
    public async Task Bad_usage_with_json_is_a_json_error(string mentioned, params string[] args)
    {
        var result = await _cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal(2, result.ErrorJson.GetProperty("exitCode").GetInt32());
        Assert.Contains(mentioned, result.ErrorJson.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Errors_with_json_are_one_json_object_on_stderr()
    {
        await _cli.RunOkAsync("init", "--demo");

        var result = await _cli.RunAsync("act", "1803/22", "record", "--outcome", "noted", "--as", "mueller", "--json");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var error = result.ErrorJson;
        Assert.Equal(JsonValueKind.Object, error.ValueKind);
        Assert.Equal(4, error.GetProperty("exitCode").GetInt32());
        Assert.Contains("1803/22", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Json_may_come_before_the_command()
    {
        await _cli.RunOkAsync("init", "--demo");

        var result = await _cli.RunOkAsync("--json", "show", "1803/22");

        Assert.Equal("1803/22", result.Json.GetProperty("number").GetString());
    }

    /// <summary>The commands of the root help, each with the number of arguments it requires.</summary>
    private static List<(string Name, int Arguments)> HelpCommands(string help)
    {
        var section = help[(help.IndexOf("Commands:", StringComparison.Ordinal) + "Commands:".Length)..];
        return section.Split('\n')
            .Select(line => HelpCommandLine().Match(line))
            .Where(m => m.Success)
            .Select(m => (m.Groups["name"].Value, m.Groups["arg"].Captures.Count))
            .ToList();
    }

    [GeneratedRegex(@"^  (?<name>[a-z][a-z-]*)(?: <(?<arg>[^>]+)>)*\s{2,}\S")]
    private static partial Regex HelpCommandLine();
}
