using Drucksachen.Workflows.Definitions;
using Drucksachen.Workflows.Runtime;
using Drucksachen.Workflows.Tests.Support;

namespace Drucksachen.Workflows.Tests.Runtime.Handlers;

public sealed class SequenceStateHandlerTests
{
    private static readonly WorkflowRunner Runner = new();
    private static readonly WorkflowDefinition Decision = Shipped.Beschlussvorlage;

    [Theory]
    [InlineData("noted")]
    [InlineData("recommended")]
    public void Record_MovesToTheNextItem_ForNext(string outcome)
    {
        var context = Contexts.With(consultations: ["OB", "Ausschuss", "Stadtrat"]);

        var transition = Runner.Act(Decision, InConsultation(context), Record(outcome), context);

        Assert.Equal(("consultation", 1), (transition.To, transition.Instance.Position));
        Assert.Equal(new SequenceStep(0, "OB", outcome, SequenceMove.Next, null), transition.Sequence);
        Assert.Empty(transition.Path);
    }

    [Fact]
    public void Record_EndsInDone_WhenTheListRunsOut()
    {
        var context = Contexts.With(consultations: ["OB", "Stadtrat"]);
        var second = Runner.Act(Decision, InConsultation(context), Record("noted"), context).Instance;

        var transition = Runner.Act(Decision, second, Record("recommended"), context);

        Assert.Equal(("consultation", "done", true), (transition.From, transition.To, transition.Instance.IsFinished));
        Assert.Equal(new SequenceStep(1, "Stadtrat", "recommended", SequenceMove.Next, null), transition.Sequence);
        Assert.Equal([new EffectCall("render-document", new Dictionary<string, string> { ["final"] = "true" })], transition.Effects, EffectComparer);
    }

    [Theory]
    [InlineData("deferred", SequenceMove.Repeat)]
    [InlineData("referred", SequenceMove.Insert)]
    public void Record_TellsTheHostToInsertAfterTheCurrentItem_AndMakesItCurrent(string outcome, SequenceMove move)
    {
        var before = Contexts.With(consultations: ["OB", "Ausschuss"]);

        var transition = Runner.Act(Decision, InConsultation(before), Record(outcome), before);
        var after = Contexts.With(consultations: ["OB", "OB (neu)", "Ausschuss"]);
        var next = Runner.Act(Decision, transition.Instance, Record("noted"), after);

        Assert.Equal(new SequenceStep(0, "OB", outcome, move, 1), transition.Sequence);
        Assert.Equal(("consultation", 1), (transition.To, transition.Instance.Position));
        Assert.Equal(new SequenceStep(1, "OB (neu)", "noted", SequenceMove.Next, null), next.Sequence);
        Assert.Equal(2, next.Instance.Position);
    }

    [Theory]
    [InlineData("approved", "decided")]
    [InlineData("approved-with-changes", "decided")]
    [InlineData("rejected", "rejected")]
    public void Record_EndsTheSequence_ForADecision(string outcome, string final)
    {
        var context = Contexts.With(consultations: ["Ausschuss", "Stadtrat"]);

        var transition = Runner.Act(Decision, InConsultation(context), Record(outcome), context);

        Assert.Equal((final, true), (transition.To, transition.Instance.IsFinished));
        Assert.Equal(SequenceMove.End, transition.Sequence?.Move);
        Assert.Equal(["render-document"], transition.Effects.Select(e => e.Name));
        Assert.Equal([WorkflowRunner.CorrectAction], Runner.Available(Decision, transition.Instance, context).Select(a => a.Name));
    }

    [Fact]
    public void Record_EndsInWithdrawn_ForWithdrawn()
    {
        var context = Contexts.With(consultations: ["Ausschuss"]);

        var transition = Runner.Act(Shipped.Informationsvorlage, InConsultation(context, Shipped.Informationsvorlage), Record("withdrawn"), context);

        Assert.Equal(("withdrawn", true), (transition.To, transition.Instance.IsFinished));
        Assert.Empty(transition.Effects);
    }

    [Fact]
    public void Release_PassesStraightThroughTheSequence_WhenThereAreNoConsultations()
    {
        var context = Contexts.With();
        var release = Runner.Act(Decision, Runner.Start(Decision, context).Instance, new("submit", Actors.Author), context).Instance;

        var transition = Runner.Act(Decision, release, new("release", Actors.Approver), context);

        Assert.Equal(["consultation", "done"], transition.Path);
        Assert.Equal("done", transition.To);
    }

    [Fact]
    public void Record_IsRefused_ForAnOutcomeTheStepDoesNotTake()
    {
        var context = Contexts.With(consultations: ["Ausschuss"]);

        var error = Assert.Throws<WorkflowActionException>(
            () => Runner.Act(Shipped.Informationsvorlage, InConsultation(context, Shipped.Informationsvorlage), Record("approved"), context));

        Assert.Equal(WorkflowActionErrorKind.InvalidOutcome, error.Kind);
        Assert.Equal("action 'record' in state 'consultation' does not take outcome 'approved'; it takes noted, deferred, referred, withdrawn", error.Message);
    }

    [Fact]
    public void Record_IsRefused_WithoutAnOutcome()
    {
        var context = Contexts.With(consultations: ["Ausschuss"]);

        var error = Assert.Throws<WorkflowActionException>(() => Runner.Act(Decision, InConsultation(context), new("record", Actors.Clerk), context));

        Assert.Equal(WorkflowActionErrorKind.MissingOutcome, error.Kind);
    }

    [Fact]
    public void Record_IsRefused_ForAnAuthor()
    {
        var context = Contexts.With(consultations: ["Ausschuss"]);

        var error = Assert.Throws<WorkflowActionException>(
            () => Runner.Act(Decision, InConsultation(context), new("record", Actors.Author, "noted"), context));

        Assert.Equal(WorkflowActionErrorKind.NotAllowed, error.Kind);
        Assert.Equal("action 'record' in state 'consultation' needs one of the roles clerk; actor 'author' has author", error.Message);
    }

    [Fact]
    public void Available_OffersRecordWithItsOutcomes_AndWithdraw()
    {
        var context = Contexts.With(consultations: ["Ausschuss"]);

        var actions = Runner.Available(Shipped.Informationsvorlage, InConsultation(context, Shipped.Informationsvorlage), context);

        Assert.Equal(["record", "withdraw"], actions.Select(a => a.Name));
        Assert.Equal(
            [new("noted", "zur Kenntnis genommen"), new("deferred", "vertagt"), new("referred", "verwiesen"), new("withdrawn", "zurückgezogen")],
            actions[0].Outcomes);
    }

    private static readonly IEqualityComparer<EffectCall> EffectComparer = EqualityComparer<EffectCall>.Create(
        (a, b) => a!.Name == b!.Name && a.Args.OrderBy(p => p.Key).SequenceEqual(b.Args.OrderBy(p => p.Key)),
        e => e.Name.GetHashCode());

    private static ActionRequest Record(string outcome) => new("record", Actors.Clerk, outcome);

    private static WorkflowInstance InConsultation(WorkflowContext context, WorkflowDefinition? definition = null)
    {
        definition ??= Decision;
        var draft = Runner.Start(definition, context).Instance;
        var release = Runner.Act(definition, draft, new("submit", Actors.Author), context).Instance;
        var consultation = Runner.Act(definition, release, new("release", Actors.Approver), context).Instance;
        Assert.Equal("consultation", consultation.State);
        return consultation;
    }
}
