using Drucksachen.Workflows.Runtime;
using Drucksachen.Workflows.Tests.Support;

namespace Drucksachen.Workflows.Tests.Runtime;

public sealed class WorkflowRunnerTimerTests
{
    private static readonly WorkflowRunner Runner = new();
    private static readonly DateTimeOffset Regular = new(2022, 10, 20, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Urgent = new(2022, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly WorkflowContext Deadlines = Contexts.With(
        cosigners: ["Amt 50"],
        dates: new Dictionary<string, DateTimeOffset> { ["deadline.regular"] = Regular, ["deadline.urgent"] = Urgent });

    [Fact]
    public void Tick_FiresNothing_BeforeTheDate()
    {
        var draft = Runner.Start(Shipped.Informationsvorlage, Deadlines).Instance;

        Assert.Empty(Runner.Tick(Shipped.Informationsvorlage, draft, Regular.AddTicks(-1), Deadlines));
    }

    [Fact]
    public void Tick_FiresATimerOnce_AlsoAfterMovingToAnotherStateListingIt()
    {
        var draft = Runner.Start(Shipped.Informationsvorlage, Deadlines).Instance;

        var fired = Assert.Single(Runner.Tick(Shipped.Informationsvorlage, draft, Regular, Deadlines));
        var again = Runner.Tick(Shipped.Informationsvorlage, fired.Instance, Regular.AddDays(1), Deadlines);
        var cosigning = Runner.Act(Shipped.Informationsvorlage, fired.Instance, new("submit", Actors.Author), Deadlines).Instance;
        var inCosigning = Runner.Tick(Shipped.Informationsvorlage, cosigning, Regular.AddDays(1), Deadlines);

        Assert.Equal(("timer:urgent", "draft", "draft"), (fired.Action, fired.From, fired.To));
        Assert.Equal(["flag-urgent"], fired.Effects.Select(e => e.Name));
        Assert.Equal(["urgent"], fired.Instance.FiredTimers);
        Assert.Empty(again);
        Assert.Empty(inCosigning);
    }

    [Fact]
    public void Tick_FiresEveryDueTimer_EarliestFirst()
    {
        var draft = Runner.Start(Shipped.Informationsvorlage, Deadlines).Instance;

        var fired = Runner.Tick(Shipped.Informationsvorlage, draft, Urgent, Deadlines);

        Assert.Equal(["timer:urgent", "timer:late"], fired.Select(t => t.Action));
        Assert.Equal(["urgent", "late"], fired[1].Instance.FiredTimers);
    }

    [Fact]
    public void NextDue_IsTheEarliestUnfiredTimerOfTheCurrentState()
    {
        var draft = Runner.Start(Shipped.Informationsvorlage, Deadlines).Instance;
        var afterUrgent = Runner.Tick(Shipped.Informationsvorlage, draft, Regular, Deadlines).Single().Instance;
        var afterBoth = Runner.Tick(Shipped.Informationsvorlage, afterUrgent, Urgent, Deadlines).Single().Instance;

        Assert.Equal(Regular, Runner.NextDue(Shipped.Informationsvorlage, draft, Deadlines));
        Assert.Equal(Urgent, Runner.NextDue(Shipped.Informationsvorlage, afterUrgent, Deadlines));
        Assert.Null(Runner.NextDue(Shipped.Informationsvorlage, afterBoth, Deadlines));
    }

    [Fact]
    public void NextDue_IsNull_WithoutTheDateOrInAStateWithoutTimers()
    {
        var draft = Runner.Start(Shipped.Informationsvorlage, Contexts.With()).Instance;
        var consultation = Contexts.With(consultations: ["Ausschuss"], dates: Deadlines.Dates);
        var release = Runner.Act(Shipped.Informationsvorlage, draft, new("submit", Actors.Author), consultation).Instance;
        var consulting = Runner.Act(Shipped.Informationsvorlage, release, new("release", Actors.Approver), consultation).Instance;

        Assert.Null(Runner.NextDue(Shipped.Informationsvorlage, draft, Contexts.With()));
        Assert.Null(Runner.NextDue(Shipped.Informationsvorlage, consulting, consultation));
        Assert.Empty(Runner.Tick(Shipped.Informationsvorlage, consulting, Urgent, consultation));
    }
}
