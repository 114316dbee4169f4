using Drucksachen.Cli.Tests.TestSupport;

namespace Drucksachen.Cli.Tests.Demo;

public sealed class DemoDataTests
{
    [Fact]
    public async Task Every_demo_load_replays_the_same_october_2022()
    {
        // Two loads in one process (as tests and any host running the CLI in-process do) must not
        // share the replay clock: the second would start where the first stopped.
        var first = await LoadDemoHistoryAsync();
        var second = await LoadDemoHistoryAsync();

        Assert.Equal(first, second);
        Assert.Equal(new DateTimeOffset(2022, 10, 12, 7, 0, 0, TimeSpan.Zero), first[0]);
        Assert.Equal(first.Order(), first);
    }

    [Fact]
    public async Task Demo_loads_in_parallel_do_not_disturb_each_other()
    {
        var histories = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(LoadDemoHistoryAsync)));

        Assert.All(histories, h => Assert.Equal(histories[0], h));
    }

    private static async Task<List<DateTimeOffset>> LoadDemoHistoryAsync()
    {
        using var cli = new CliSandbox();
        await cli.RunOkAsync("init", "--demo");
        var history = (await cli.RunOkAsync("history", "1803/22", "--json")).Json;
        return history.EnumerateArray().Select(e => e.GetProperty("at").GetDateTimeOffset()).ToList();
    }
}
