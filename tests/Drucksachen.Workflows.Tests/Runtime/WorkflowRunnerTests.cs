using Drucksachen.Workflows.Runtime;
using Drucksachen.Workflows.Tests.Support;

namespace Drucksachen.Workflows.Tests.Runtime;

public sealed class WorkflowRunnerTests
{
    private static readonly WorkflowRunner Runner = new();

    [Fact]
    public void Start_PutsTheInstanceInTheStartState()
    {
        var start = Runner.Start(Shipped.Informationsvorlage, Contexts.With());

        Assert.Equal(("Informationsvorlage", 0, "draft", false), (start.Instance.DefinitionName, start.Instance.DefinitionVersion, start.Instance.State, start.Instance.IsFinished));
        Assert.Equal(["draft"], start.Path);
        Assert.Empty(start.Effects);
    }

    [Fact]
    public void Act_ReturnsTheNewInstance_AndLeavesTheInputUntouched()
    {
        var draft = Runner.Start(Shipped.Antrag, Contexts.With()).Instance;

        var transition = Runner.Act(Shipped.Antrag, draft, new("submit", Actors.Author), Contexts.With());

        Assert.Equal(("submit", "draft", "release", "release"), (transition.Action, transition.From, transition.To, transition.Instance.State));
        Assert.Equal("draft", draft.State);
    }

    [Fact]
    public void Act_ListsTheActionsEffectsFirst_ThenOnEnterOfEveryStateEntered()
    {
        var context = Contexts.With();
        var release = Runner.Act(Shipped.Antrag, Runner.Start(Shipped.Antrag, context).Instance, new("submit", Actors.Author), context).Instance;

        var transition = Runner.Act(Shipped.Antrag, release, new("release", Actors.Clerk), context);

        Assert.Equal(["assign-number", "render-document", "render-document"], transition.Effects.Select(e => e.Name));
        Assert.Empty(transition.Effects[1].Args);
        Assert.Equal("true", transition.Effects[2].Args["final"]);
    }

    [Fact]
    public void Act_IsRefused_WhenTheActorHasNoAllowedRole()
    {
        var release = Runner.Act(Shipped.Informationsvorlage, Runner.Start(Shipped.Informationsvorlage, Contexts.With()).Instance, new("submit", Actors.Author), Contexts.With()).Instance;

        var error = Assert.Throws<WorkflowActionException>(() => Runner.Act(Shipped.Informationsvorlage, release, new("release", Actors.Clerk), Contexts.With()));

        Assert.Equal((WorkflowActionErrorKind.NotAllowed, "release", "release"), (error.Kind, error.Action, error.State));
        Assert.Equal("action 'release' in state 'release' needs one of the roles approver; actor 'clerk' has clerk", error.Message);
    }

    [Fact]
    public void Act_IsRefused_ForAnActionTheStateDoesNotHave()
    {
        var draft = Runner.Start(Shipped.Informationsvorlage, Contexts.With()).Instance;

        var error = Assert.Throws<WorkflowActionException>(() => Runner.Act(Shipped.Informationsvorlage, draft, new("relase", Actors.Approver), Contexts.With()));

        Assert.Equal(WorkflowActionErrorKind.UnknownAction, error.Kind);
        Assert.Equal("state 'draft' has no action 'relase'; it has submit, withdraw", error.Message);
    }

    [Fact]
    public void Act_IsRefused_ForAnOutcomeOnAnActionThatTakesNone()
    {
        var draft = Runner.Start(Shipped.Informationsvorlage, Contexts.With()).Instance;

        var error = Assert.Throws<WorkflowActionException>(() => Runner.Act(Shipped.Informationsvorlage, draft, new("submit", Actors.Author, "noted"), Contexts.With()));

        Assert.Equal(WorkflowActionErrorKind.InvalidOutcome, error.Kind);
    }

    [Fact]
    public void Act_IsRefused_WhenTheWorkflowHasFinished()
    {
        var draft = Runner.Start(Shipped.Informationsvorlage, Contexts.With()).Instance;
        var withdrawn = Runner.Act(Shipped.Informationsvorlage, draft, new("withdraw", Actors.Author, Reason: "überholt"), Contexts.With()).Instance;

        var error = Assert.Throws<WorkflowActionException>(() => Runner.Act(Shipped.Informationsvorlage, withdrawn, new("submit", Actors.Author), Contexts.With()));

        Assert.True(withdrawn.IsFinished);
        Assert.Equal(WorkflowActionErrorKind.Finished, error.Kind);
    }

    [Fact]
    public void Available_ListsEveryAction_OrOnlyTheActorsOnes()
    {
        var draft = Runner.Start(Shipped.Informationsvorlage, Contexts.With()).Instance;

        var all = Runner.Available(Shipped.Informationsvorlage, draft, Contexts.With());
        var clerk = Runner.Available(Shipped.Informationsvorlage, draft, Contexts.With(), Actors.Clerk);

        Assert.Equal([("submit", "Zur Mitzeichnung geben", "cosigning"), ("withdraw", "Zurückziehen", "withdrawn")], all.Select(a => (a.Name, a.Label, a.To)));
        Assert.All(all, a => Assert.Equal(["author"], a.Roles));
        Assert.Empty(clerk);
    }

    [Fact]
    public void Act_NeedsTheListOfAStateItEnters()
    {
        var draft = Runner.Start(Shipped.Informationsvorlage, WorkflowContext.Empty).Instance;

        var error = Assert.Throws<ArgumentException>(() => Runner.Act(Shipped.Informationsvorlage, draft, new("submit", Actors.Author), WorkflowContext.Empty));

        Assert.StartsWith("the context has no list 'cosigners', which state 'cosigning' needs", error.Message);
    }
}
