using Drucksachen.Core.Actions;
using Drucksachen.Core.Deadlines;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Deadlines;

/// <summary>
/// A paper for the committee meeting of Thursday 03.11.2022 (4 days notice) that is not released in
/// time: the regular deadline passes at the start of 30.10, the urgent one at the start of 02.11.
/// </summary>
public class TickDeadlinesTests
{
    private static Task<IReadOnlyList<HistoryEntry>> Tick(TestProduct product, DateTimeOffset now)
    {
        product.Clock.Set(now);
        return product.Get<TickDeadlines>().ExecuteAsync(now, CancellationToken.None);
    }

    [Fact]
    public async Task Tick_FlagsAPaperStillInDraft_UrgentThenLate_EachOnce()
    {
        await using var product = await TestProduct.StartAsync();
        var draft = await product.ImportAsync(PaperMarkdown.Information().Build());
        var released = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));

        Assert.Empty(await Tick(product, Berlin.At(2022, 10, 29, 23)));
        Assert.Equal(DeadlineStatus.InTime, (await product.FindAsync(draft)).Deadline);

        var urgent = Assert.Single(await Tick(product, Berlin.At(2022, 10, 30, 8)));
        Assert.Equal((draft.Id, "system", "system", "timer:urgent", "draft", "draft"),
            (urgent.PaperId, urgent.Actor, urgent.Role, urgent.Action, urgent.FromState, urgent.ToState));
        Assert.Equal("urgent", Details.Of(urgent).Text("deadline"));
        Assert.Equal(Berlin.At(2022, 10, 30, 8), urgent.At);
        Assert.Equal(DeadlineStatus.Urgent, (await product.FindAsync(draft)).Deadline);

        Assert.Empty(await Tick(product, Berlin.At(2022, 11, 1, 23, 59)));

        var late = Assert.Single(await Tick(product, Berlin.At(2022, 11, 2, 8)));
        Assert.Equal((draft.Id, "system", "timer:late"), (late.PaperId, late.Actor, late.Action));
        Assert.Equal("late", Details.Of(late).Text("deadline"));
        Assert.Equal(DeadlineStatus.Late, (await product.FindAsync(draft)).Deadline);

        Assert.Empty(await Tick(product, Berlin.At(2022, 11, 2, 9)));
        Assert.Empty(await Tick(product, Berlin.At(2022, 11, 10, 9)));

        Assert.Equal(["import", "timer:urgent", "timer:late"], (await product.HistoryAsync(draft)).Select(e => e.Action));
        var releasedNow = await product.FindAsync(released);
        Assert.Equal(DeadlineStatus.InTime, releasedNow.Deadline);
        Assert.DoesNotContain(await product.HistoryAsync(released), e => e.Action.StartsWith("timer:", StringComparison.Ordinal));
        Assert.True((await product.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task Tick_FiresBothTimersAtOnce_WhenBothDeadlinesHavePassed()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ImportAsync(PaperMarkdown.Information().Build());

        var entries = await Tick(product, Berlin.At(2022, 11, 2, 8));

        Assert.Equal(["timer:urgent", "timer:late"], entries.Select(e => e.Action));
        Assert.Equal([2, 3], entries.Select(e => e.Sequence));
        Assert.Equal(DeadlineStatus.Late, (await product.FindAsync(paper)).Deadline);
    }

    [Fact]
    public async Task Act_AfterAMissedDeadline_RecordsTheTimerEntryFirst_ThenTheAction()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ImportAsync(PaperMarkdown.Information().Build());

        var submitted = await product.ActAsync(paper, Berlin.At(2022, 10, 30, 8), new ActionInput("submit", DemoUsers.Mueller));

        Assert.Equal(["timer:urgent", "submit"], submitted.Entries.Select(e => e.Action));
        Assert.Equal([("system", "draft", "draft"), (DemoUsers.Mueller, "draft", "cosigning")],
            submitted.Entries.Select(e => (e.Actor, e.FromState!, e.ToState)));
        Assert.Equal(DeadlineStatus.Urgent, submitted.Paper.Deadline);
        Assert.Equal(["import", "timer:urgent", "submit"], (await product.HistoryAsync(paper)).Select(e => e.Action));
        Assert.Equal([1, 2, 3], (await product.HistoryAsync(paper)).Select(e => e.Sequence));

        // The timer fired with the action, so a later tick has nothing left to record for it.
        Assert.Empty(await Tick(product, Berlin.At(2022, 10, 31, 8)));
        var late = Assert.Single(await Tick(product, Berlin.At(2022, 11, 2, 8)));
        Assert.Equal(("timer:late", "cosigning"), (late.Action, late.FromState));
        Assert.True((await product.VerifyAsync()).IsIntact);
    }
}
