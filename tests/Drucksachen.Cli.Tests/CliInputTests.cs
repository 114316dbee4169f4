using System.Text;
using Drucksachen.Cli.Tests.TestSupport;

namespace Drucksachen.Cli.Tests;

/// <summary>
/// What the command line takes and prints: control characters neither in nor out, counts that are
/// counts, a clock that is the clock, messages without .NET type names, options named as typed.
/// </summary>
public sealed class CliInputTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task List_printed_a_stored_control_character_raw_and_prints_it_escaped()
    {
        await _cli.RunOkAsync("import", _cli.WriteFile("kita.md", SamplePapers.Beschlussvorlage));
        using (var db = _cli.OpenDatabase())
        {
            // A title from before the input rule, or from a direct edit of the database.
            using var update = db.CreateCommand();
            update.CommandText = """UPDATE "Papers" SET "Title" = @title""";
            var title = update.CreateParameter();
            title.ParameterName = "@title";
            title.Value = "Kita\u001b]0;übernommen\u0007\u009b2J";
            update.Parameters.Add(title);
            Assert.Equal(1, update.ExecuteNonQuery());
        }

        var list = await _cli.RunOkAsync("list");

        Assert.DoesNotContain(list.Stdout, c => char.IsControl(c) && c is not ('\n' or '\t'));
        Assert.Contains(@"Kita\u001B]0;übernommen\u0007\u009B2J", list.Stdout);
    }

    [Fact]
    public async Task An_argument_with_a_control_character_is_refused_with_exit_2()
    {
        var result = await _cli.RunAsync("user", "token", "mueller", "--name", "Import\u001b[2J");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("U+001B", result.Stderr);
        Assert.DoesNotContain('\u001b', result.Stderr);
    }

    [Fact]
    public async Task A_token_name_without_limit_was_accepted_and_is_refused_naming_the_option()
    {
        await _cli.RunOkAsync("init");

        var result = await _cli.RunAsync("user", "token", "mueller", "--name", new string('n', 101));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("option '--name'", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Import_of_invalid_UTF8_replaced_it_unseen_and_is_refused_at_file_and_line()
    {
        var path = Path.Combine(_cli.Folder, "kaputt.md");
        var bytes = Encoding.UTF8.GetBytes(SamplePapers.Beschlussvorlage.Replace("Erfurt-Nord", "Erfurt-N\u00f6rd"));
        var at = Array.IndexOf(bytes, (byte)0xC3);
        bytes[at] = 0xFF;
        await File.WriteAllBytesAsync(path, bytes);
        var line = 1 + bytes[..at].Count(b => b == (byte)'\n');

        var result = await _cli.RunAsync("import", path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {path}:{line}: ", Assert.Single(result.ErrorLines));
        Assert.Contains("not valid UTF-8", result.Stderr);
    }

    [Theory]
    [InlineData("--take", "-1")]
    [InlineData("--take", "0")]
    [InlineData("--skip", "-1")]
    public async Task List_with_a_negative_count_exited_0_and_exits_2(string option, string value)
    {
        var result = await _cli.RunAsync("list", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"option '{option}'", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task A_value_that_is_no_number_named_a_dotnet_type_and_is_described_plainly()
    {
        var result = await _cli.RunAsync("list", "--take", "viele");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("System.", result.Stderr);
        Assert.Contains("as a whole number", result.Stderr);
    }

    [Fact]
    public async Task Tick_at_9999_wrote_history_dated_9999_and_is_refused()
    {
        await _cli.RunOkAsync("init", "--demo");
        var before = (await _cli.RunOkAsync("history", "1803/22", "--json")).Json.GetArrayLength();

        var result = await _cli.RunAsync("tick", "--now", "9999-12-31");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("option '--now'", Assert.Single(result.ErrorLines));
        Assert.Equal(before, (await _cli.RunOkAsync("history", "1803/22", "--json")).Json.GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_action_exited_4_and_exits_2()
    {
        await _cli.RunOkAsync("init", "--demo");

        var result = await _cli.RunAsync("act", "1803/22", "fliegen", "--as", "krause");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown action 'fliegen'", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task An_action_error_names_the_option_as_typed_not_the_APIs_field()
    {
        await _cli.RunOkAsync("init", "--demo");

        var result = await _cli.RunAsync("act", "1803/22", "record", "--outcome", "deferred", "--as", "krause");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("option '--next-date'", Assert.Single(result.ErrorLines));
    }
}
