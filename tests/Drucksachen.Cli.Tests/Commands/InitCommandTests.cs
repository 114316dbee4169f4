using Drucksachen.Cli.Tests.TestSupport;

namespace Drucksachen.Cli.Tests.Commands;

public sealed class InitCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Init_prepares_the_database_with_the_workflows_of_every_paper_type()
    {
        var init = await _cli.RunOkAsync("init");

        Assert.StartsWith($"Landeshauptstadt Erfurt: database ready ({_cli.DatabaseDescription}).", init.Stdout);
        Assert.DoesNotContain("database:", init.Stderr); // only the default location is announced on every command
        Assert.Contains("Workflows: Informationsvorlage v1, Beschlussvorlage v1, Antrag v1", init.Stdout);
        Assert.DoesNotContain("Demo:", init.Stdout);
        Assert.Equal("no papers", (await _cli.RunOkAsync("list")).Stdout.Trim());
    }

    [Fact]
    public async Task Init_demo_loads_1803_22_in_consultation()
    {
        var init = await _cli.RunOkAsync("init", "--demo");

        Assert.Contains("Demo: Drucksache 1803/22 loaded (consultation).", init.Stdout);
        Assert.Contains("drucksachen act 1803/22 record --outcome noted --as krause", init.Stdout);
    }

    [Fact]
    public async Task Init_demo_with_json()
    {
        var json = (await _cli.RunOkAsync("init", "--demo", "--json")).Json;

        Assert.Equal("Landeshauptstadt Erfurt", json.GetProperty("city").GetString());
        Assert.Equal(_cli.DatabaseDescription, json.GetProperty("database").GetString());
        Assert.Contains("Stadtrat", json.GetProperty("bodies").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(3, json.GetProperty("workflows").GetArrayLength());
        Assert.Equal("1803/22", json.GetProperty("demo").GetProperty("number").GetString());
        Assert.Equal("consultation", json.GetProperty("demo").GetProperty("state").GetString());
    }

    [Fact]
    public async Task Init_can_run_again()
    {
        await _cli.RunOkAsync("init", "--demo");

        await _cli.RunOkAsync("init");
        await _cli.RunOkAsync("init", "--demo");

        Assert.Single((await _cli.RunOkAsync("list", "--json")).Json.EnumerateArray());
        Assert.Equal(6, (await _cli.RunOkAsync("history", "1803/22", "--json")).Json.GetArrayLength());
    }
}
