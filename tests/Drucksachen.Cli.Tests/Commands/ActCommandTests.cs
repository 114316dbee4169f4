using Drucksachen.Cli.Tests.TestSupport;

namespace Drucksachen.Cli.Tests.Commands;

public sealed class ActCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Recording_the_committee_finishes_the_demo_paper()
    {
        await _cli.RunOkAsync("init", "--demo");

        var act = await _cli.RunOkAsync("act", "1803/22", "record", "--outcome", "noted", "--as", "krause");

        var line = Assert.Single(act.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("1803/22: record by krause (clerk): consultation → done", line);
        var show = (await _cli.RunOkAsync("show", "1803/22", "--json")).Json;
        Assert.Equal("done", show.GetProperty("state").GetString());
        Assert.Equal("erledigt", show.GetProperty("stateLabel").GetString());
        Assert.True(show.GetProperty("finished").GetBoolean());
        // Finished, nothing left to do but correct the outcome just recorded.
        Assert.Equal(["correct"], show.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.All(show.GetProperty("consultations").EnumerateArray(), c => Assert.Equal("noted", c.GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task Correct_replaces_the_recorded_outcome_with_a_new_entry_naming_the_old_one()
    {
        await _cli.RunOkAsync("init", "--demo");
        var recorded = (await _cli.RunOkAsync("act", "1803/22", "record", "--outcome", "noted", "--as", "krause", "--json")).Json
            .GetProperty("entries")[0];

        var json = (await _cli.RunOkAsync("act", "1803/22", "correct", "--outcome", "deferred", "--next-date", "01.12.2022",
            "--comment", "vertagt, nicht zur Kenntnis genommen", "--as", "krause", "--json")).Json;

        var entry = Assert.Single(json.GetProperty("entries").EnumerateArray());
        Assert.Equal(("correct", "done", "consultation"),
            (entry.GetProperty("action").GetString(), entry.GetProperty("from").GetString(), entry.GetProperty("to").GetString()));
        var corrects = entry.GetProperty("details").GetProperty("corrects");
        Assert.Equal(recorded.GetProperty("sequence").GetInt32(), corrects.GetProperty("entry").GetInt32());
        Assert.Equal(recorded.GetProperty("hash").GetString(), corrects.GetProperty("hash").GetString());
        var show = (await _cli.RunOkAsync("show", "1803/22", "--json")).Json;
        Assert.Equal(["noted", "deferred", null], show.GetProperty("consultations").EnumerateArray()
            .Select(c => c.TryGetProperty("outcome", out var outcome) ? outcome.GetString() : null));
        Assert.Equal(0, (await _cli.RunAsync("verify")).ExitCode);
    }

    [Fact]
    public async Task Correct_without_a_reason_is_bad_input_naming_the_comment()
    {
        await _cli.RunOkAsync("init", "--demo");
        await _cli.RunOkAsync("act", "1803/22", "record", "--outcome", "noted", "--as", "krause");

        var result = await _cli.RunAsync("act", "1803/22", "correct", "--outcome", "withdrawn", "--as", "krause");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: option '--comment': a correction needs its reason as comment", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task A_deferral_past_the_decision_needs_confirm()
    {
        await _cli.RunOkAsync("init");
        var id = (await _cli.RunOkAsync("import", _cli.WriteFile("kita.md", SamplePapers.Beschlussvorlage), "--json")).Json[0].GetProperty("id").GetString()!;
        await _cli.RunOkAsync("act", id, "submit", "--as", "schmidt");
        await _cli.RunOkAsync("act", id, "cosign", "--as", "mueller");
        await _cli.RunOkAsync("act", id, "release", "--as", "horn");
        var deferral = new[] { "act", id, "record", "--outcome", "deferred", "--next-date", "30.11.2022", "--as", "krause" };

        var refused = await _cli.RunAsync(deferral);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("option '--next-date': the next meeting on 30.11.2022 is after the decision by Stadtrat on 16.11.2022; confirm",
            Assert.Single(refused.ErrorLines));

        await _cli.RunOkAsync([.. deferral, "--confirm"]);
        var show = (await _cli.RunOkAsync("show", id, "--json")).Json;
        Assert.Equal("deferred", show.GetProperty("consultations")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Acting_with_json_prints_the_paper_and_the_new_entries()
    {
        await _cli.RunOkAsync("init", "--demo");

        var json = (await _cli.RunOkAsync("act", "1803/22", "record", "--outcome", "noted", "--vote", "einstimmig",
            "--as", "krause", "--expect-version", "6", "--json")).Json;

        Assert.Equal("done", json.GetProperty("paper").GetProperty("state").GetString());
        Assert.Equal(7, json.GetProperty("paper").GetProperty("version").GetInt32());
        var entry = Assert.Single(json.GetProperty("entries").EnumerateArray());
        Assert.Equal("record", entry.GetProperty("action").GetString());
        Assert.Equal("krause", entry.GetProperty("actor").GetString());
        Assert.Equal("clerk", entry.GetProperty("role").GetString());
        Assert.Equal("consultation", entry.GetProperty("from").GetString());
        Assert.Equal("done", entry.GetProperty("to").GetString());
        Assert.Equal("noted", entry.GetProperty("details").GetProperty("outcome").GetString());
    }

    [Theory]
    [InlineData("mueller")] // an author may withdraw, not record
    [InlineData("becker")] // a council member takes no actions
    public async Task A_user_whose_role_may_not_take_the_action_exits_with_4(string user)
    {
        await _cli.RunOkAsync("init", "--demo");

        var result = await _cli.RunAsync("act", "1803/22", "record", "--outcome", "noted", "--as", user);

        Assert.Equal(4, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var error = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: Drucksache 1803/22: ", error);
        await AssertUnchanged();
    }

    [Fact]
    public async Task A_stale_expected_version_exits_with_4()
    {
        await _cli.RunOkAsync("init", "--demo");

        var result = await _cli.RunAsync("act", "1803/22", "record", "--outcome", "noted", "--as", "krause", "--expect-version", "4");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal("error: Drucksache 1803/22 was changed meanwhile (you saw version 4, it is now 6); reload and try again",
            Assert.Single(result.ErrorLines));
        await AssertUnchanged();
    }

    [Theory]
    [InlineData("approved")] // an information paper is never decided on
    [InlineData("recommended")]
    [InlineData("nonsense")]
    public async Task An_outcome_the_step_does_not_take_exits_with_2(string outcome)
    {
        await _cli.RunOkAsync("init", "--demo");

        var result = await _cli.RunAsync("act", "1803/22", "record", "--outcome", outcome, "--as", "krause");

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.ErrorLines);
        // The refusal names the option it is about.
        Assert.StartsWith("error: option '--outcome': Drucksache 1803/22: ", error);
        Assert.Contains(outcome, error);
        await AssertUnchanged();
    }

    [Fact]
    public async Task Recording_without_an_outcome_exits_with_2()
    {
        await _cli.RunOkAsync("init", "--demo");

        var result = await _cli.RunAsync("act", "1803/22", "record", "--as", "krause");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", Assert.Single(result.ErrorLines));
        await AssertUnchanged();
    }

    [Fact]
    public async Task An_unknown_user_exits_with_3()
    {
        await _cli.RunOkAsync("init", "--demo");

        var result = await _cli.RunAsync("act", "1803/22", "record", "--outcome", "noted", "--as", "nobody");

        Assert.Equal(3, result.ExitCode);
        var error = Assert.Single(result.ErrorLines);
        Assert.Equal("error: unknown user 'nobody'", error);
        await AssertUnchanged();
    }

    [Fact]
    public async Task Acting_on_an_unknown_paper_exits_with_3()
    {
        await _cli.RunOkAsync("init", "--demo");

        var result = await _cli.RunAsync("act", "0001/99", "record", "--outcome", "noted", "--as", "krause");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("0001/99", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Deferring_needs_the_next_meeting_and_puts_the_body_in_again()
    {
        await _cli.RunOkAsync("init", "--demo");

        var missing = await _cli.RunAsync("act", "1803/22", "record", "--outcome", "deferred", "--as", "krause");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("next-date", Assert.Single(missing.ErrorLines));

        await _cli.RunOkAsync("act", "1803/22", "record", "--outcome", "deferred", "--next-date", "01.12.2022", "--as", "krause");

        var show = (await _cli.RunOkAsync("show", "1803/22", "--json")).Json;
        Assert.Equal("consultation", show.GetProperty("state").GetString());
        var consultations = show.GetProperty("consultations").EnumerateArray().ToList();
        Assert.Equal(3, consultations.Count);
        Assert.Equal("deferred", consultations[1].GetProperty("outcome").GetString());
        Assert.Equal("sag", consultations[2].GetProperty("body").GetString());
        Assert.Equal("2022-12-01", consultations[2].GetProperty("date").GetString());
    }

    [Fact]
    public async Task The_author_withdraws_the_paper()
    {
        await _cli.RunOkAsync("init", "--demo");

        await _cli.RunOkAsync("act", "1803/22", "withdraw", "--as", "mueller", "--comment", "überholt");

        var show = (await _cli.RunOkAsync("show", "1803/22", "--json")).Json;
        Assert.Equal("withdrawn", show.GetProperty("state").GetString());
        Assert.Equal("1803/22", show.GetProperty("number").GetString());
    }

    [Fact]
    public async Task Withdrawing_without_a_reason_exits_with_2_naming_the_comment()
    {
        await _cli.RunOkAsync("init", "--demo");

        var result = await _cli.RunAsync("act", "1803/22", "withdraw", "--as", "mueller");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("option '--comment': Drucksache 1803/22: 'withdraw' needs a reason", Assert.Single(result.ErrorLines));
        await AssertUnchanged();
    }

    /// <summary>A refused action stores nothing: the demo paper is still at version 5 in consultation.</summary>
    private async Task AssertUnchanged()
    {
        var show = (await _cli.RunOkAsync("show", "1803/22", "--json")).Json;
        Assert.Equal("consultation", show.GetProperty("state").GetString());
        Assert.Equal(6, show.GetProperty("version").GetInt32());
        Assert.Equal(6, (await _cli.RunOkAsync("history", "1803/22", "--json")).Json.GetArrayLength());
    }
}
