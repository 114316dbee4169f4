using Drucksachen.Cli.Tests.TestSupport;

namespace Drucksachen.Cli.Tests.Commands;

public sealed class TickCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task A_draft_past_the_regular_notice_period_is_flagged_urgent()
    {
        // The Jugendhilfeausschuss meets Thursday 03.11.2022: the regular deadline passed with Saturday 29.10.
        var id = await ImportKitaAsync();

        var tick = await _cli.RunOkAsync("tick", "--now", "2022-10-30T08:00:00+01:00", "--json");

        Assert.Contains("timer:urgent", tick.Stdout);
        var ticked = Assert.Single(tick.Json.EnumerateArray());
        Assert.Equal(id[..8], ticked.GetProperty("paper").GetString());
        var entry = ticked.GetProperty("entry");
        Assert.Equal("timer:urgent", entry.GetProperty("action").GetString());
        Assert.Equal("system", entry.GetProperty("actor").GetString());
        Assert.Equal("draft", entry.GetProperty("to").GetString());
        Assert.Equal("urgent", entry.GetProperty("details").GetProperty("deadline").GetString());
        Assert.Equal(new DateTimeOffset(2022, 10, 30, 7, 0, 0, TimeSpan.Zero), entry.GetProperty("at").GetDateTimeOffset());

        var show = await _cli.RunOkAsync("show", id);
        Assert.Contains("Frist: Regelfrist versäumt (Dringlichkeit)", show.Stdout);
        Assert.Equal("Urgent", (await _cli.RunOkAsync("show", id, "--json")).Json.GetProperty("deadline").GetString());
        Assert.Equal(0, (await _cli.RunAsync("verify")).ExitCode);
    }

    [Fact]
    public async Task Each_deadline_is_recorded_once()
    {
        await ImportKitaAsync();

        await _cli.RunOkAsync("tick", "--now", "2022-10-30T08:00:00+01:00");
        var again = await _cli.RunOkAsync("tick", "--now", "2022-10-30T09:00:00+01:00", "--json");
        var late = await _cli.RunOkAsync("tick", "--now", "2022-11-02T08:00:00+01:00", "--json");

        Assert.Equal(0, again.Json.GetArrayLength());
        Assert.Equal("timer:late", Assert.Single(late.Json.EnumerateArray()).GetProperty("entry").GetProperty("action").GetString());
    }

    [Fact]
    public async Task Nothing_is_due_before_the_deadline()
    {
        await ImportKitaAsync();

        var tick = await _cli.RunOkAsync("tick", "--now", "2022-10-29T23:00:00+02:00");

        Assert.Equal("0 due item(s) processed as of 2022-10-29T23:00:00.0000000+02:00", tick.Stdout.Trim());
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2022-13-45")]
    public async Task A_bad_now_exits_with_2(string now)
    {
        await ImportKitaAsync();

        var result = await _cli.RunAsync("tick", "--now", now);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains($"'{now}' is not a moment", Assert.Single(result.ErrorLines));
        Assert.Equal(1, (await _cli.RunOkAsync("history", (await FirstIdAsync()), "--json")).Json.GetArrayLength());
    }

    private async Task<string> ImportKitaAsync()
    {
        var json = (await _cli.RunOkAsync("import", _cli.WriteFile("kita.md", SamplePapers.Beschlussvorlage), "--json")).Json;
        return json[0].GetProperty("id").GetString()!;
    }

    private async Task<string> FirstIdAsync() =>
        (await _cli.RunOkAsync("list", "--json")).Json[0].GetProperty("id").GetString()!;
}
