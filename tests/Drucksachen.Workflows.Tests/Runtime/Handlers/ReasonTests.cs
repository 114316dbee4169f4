using Drucksachen.Workflows.Definitions;
using Drucksachen.Workflows.Runtime;
using Drucksachen.Workflows.Tests.Support;

namespace Drucksachen.Workflows.Tests.Runtime.Handlers;

/// <summary>Actions defined with <c>reason: true</c> (send-backs, withdrawals) are refused without a reason.</summary>
public sealed class ReasonTests
{
    private static readonly WorkflowRunner Runner = new();
    private static readonly WorkflowContext OneOffice = Contexts.With(cosigners: ["Amt 50"]);
    private static readonly WorkflowContext NoOffice = Contexts.With();

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void CosigningOfficesReturn_IsRefused_WithoutAReason(string? reason)
    {
        var error = Assert.Throws<WorkflowActionException>(() => Runner.Act(Shipped.Beschlussvorlage, Cosigning(),
            new("return", Actors.Cosigner("u50", "Amt 50"), Reason: reason), OneOffice));

        Assert.Equal(WorkflowActionErrorKind.MissingReason, error.Kind);
        Assert.Equal("action 'return' in state 'cosigning' needs a reason", error.Message);
    }

    [Fact]
    public void ApproversReturn_IsRefused_WithoutAReason_AndTaken_WithOne()
    {
        var release = Runner.Act(Shipped.Beschlussvorlage, Draft(NoOffice), new("submit", Actors.Author), NoOffice).Instance;

        var error = Assert.Throws<WorkflowActionException>(() => Runner.Act(Shipped.Beschlussvorlage, release, new("return", Actors.Approver), NoOffice));
        var returned = Runner.Act(Shipped.Beschlussvorlage, release, new("return", Actors.Approver, Reason: "Finanzierung ungeklärt"), NoOffice);

        Assert.Equal(WorkflowActionErrorKind.MissingReason, error.Kind);
        Assert.Equal("draft", returned.To);
    }

    [Fact]
    public void Withdraw_IsRefused_WithoutAReason()
    {
        var error = Assert.Throws<WorkflowActionException>(() => Runner.Act(Shipped.Antrag, Draft(NoOffice, Shipped.Antrag), new("withdraw", Actors.Author), NoOffice));

        Assert.Equal(WorkflowActionErrorKind.MissingReason, error.Kind);
    }

    [Fact]
    public void NotAParticipant_IsToldSo_BeforeBeingAskedForAReason()
    {
        var error = Assert.Throws<WorkflowActionException>(() => Runner.Act(Shipped.Beschlussvorlage, Cosigning(),
            new("return", Actors.Cosigner("u20", "Amt 20")), OneOffice));

        Assert.Equal(WorkflowActionErrorKind.NotAllowed, error.Kind);
    }

    [Fact]
    public void Available_MarksSendBacksAsNeedingAReason_AndOnlyWithdrawalAsEndingTheWorkflow()
    {
        var release = Runner.Act(Shipped.Beschlussvorlage, Draft(NoOffice), new("submit", Actors.Author), NoOffice).Instance;

        var actions = Runner.Available(Shipped.Beschlussvorlage, release, NoOffice);
        var cosigning = Runner.Available(Shipped.Beschlussvorlage, Cosigning(), OneOffice);

        Assert.Equal([("release", false, false), ("return", true, false), ("withdraw", true, true)],
            actions.Select(a => (a.Name, a.RequiresReason, a.EndsWorkflow)));
        Assert.Equal([("cosign", false, false), ("return", true, false), ("withdraw", true, true)],
            cosigning.Select(a => (a.Name, a.RequiresReason, a.EndsWorkflow)));
    }

    private static WorkflowInstance Draft(WorkflowContext context, WorkflowDefinition? definition = null) =>
        Runner.Start(definition ?? Shipped.Beschlussvorlage, context).Instance;

    private static WorkflowInstance Cosigning() =>
        Runner.Act(Shipped.Beschlussvorlage, Draft(OneOffice), new("submit", Actors.Author), OneOffice).Instance;
}
