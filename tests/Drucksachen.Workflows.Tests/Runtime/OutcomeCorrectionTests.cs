using Drucksachen.Workflows.Definitions;
using Drucksachen.Workflows.Runtime;
using Drucksachen.Workflows.Tests.Support;

namespace Drucksachen.Workflows.Tests.Runtime;

/// <summary>The runtime's step back: the last outcome of a sequence replaced by another, whatever the workflow.</summary>
public sealed class OutcomeCorrectionTests
{
    private static readonly WorkflowRunner Runner = new();
    private static readonly WorkflowDefinition Decision = Shipped.Beschlussvorlage;

    [Fact]
    public void Correct_TakesADecisionBack_IntoTheSequence_WhenTheRightOutcomeMovesOn()
    {
        var context = Contexts.With(consultations: ["Ausschuss", "Stadtrat"]);
        var decided = Runner.Act(Decision, InConsultation(context), Record("approved"), context);
        Assert.Equal(("decided", true), (decided.To, decided.Instance.IsFinished));

        var corrected = Runner.Act(Decision, decided.Instance, Correct("recommended"), context);

        Assert.Equal(("decided", "consultation", false), (corrected.From, corrected.To, corrected.Instance.IsFinished));
        Assert.Equal(1, corrected.Instance.Position);
        Assert.Equal(new RecordedOutcome("consultation", 0, "approved", null), corrected.Corrects);
        Assert.Equal(new SequenceStep(0, "Ausschuss", "recommended", SequenceMove.Next, null), corrected.Sequence);
        Assert.Equal(["consultation"], corrected.Path);
        Assert.Empty(corrected.Effects);
        Assert.Equal(["record", "withdraw", "correct"], Runner.Available(Decision, corrected.Instance, context).Select(a => a.Name));
    }

    [Fact]
    public void Correct_EndsInAnotherFinalState_WithItsOnEnterEffects()
    {
        var context = Contexts.With(consultations: ["Ausschuss", "Stadtrat"]);
        var decided = Runner.Act(Decision, InConsultation(context), Record("approved"), context);

        var corrected = Runner.Act(Decision, decided.Instance, Correct("rejected"), context);

        Assert.Equal(("decided", "rejected", true), (corrected.From, corrected.To, corrected.Instance.IsFinished));
        Assert.Equal(["consultation", "rejected"], corrected.Path);
        Assert.Equal(["render-document"], corrected.Effects.Select(e => e.Name));
        Assert.Equal(new RecordedOutcome("consultation", 0, "rejected", null), corrected.Instance.LastRecord);
    }

    [Fact]
    public void Correct_OfADeferral_LeavesOutTheItemItInserted()
    {
        var deferredList = Contexts.With(consultations: ["Ausschuss", "Ausschuss (vertagt)", "Stadtrat"]);
        var before = Contexts.With(consultations: ["Ausschuss", "Stadtrat"]);
        var deferred = Runner.Act(Decision, InConsultation(before), Record("deferred"), before);
        Assert.Equal(1, deferred.Sequence!.InsertedIndex);

        // The host's list still holds the inserted item; approval at the last item would end in done if it counted.
        var corrected = Runner.Act(Decision, deferred.Instance, Correct("noted"), deferredList);

        Assert.Equal(new RecordedOutcome("consultation", 0, "deferred", 1), corrected.Corrects);
        Assert.Equal(new SequenceStep(0, "Ausschuss", "noted", SequenceMove.Next, null), corrected.Sequence);
        Assert.Equal(("consultation", 1), (corrected.To, corrected.Instance.Position));
        Assert.Empty(corrected.Path);
    }

    [Fact]
    public void Correct_IntoADeferral_AsksTheHostToInsertAgain()
    {
        var context = Contexts.With(consultations: ["Ausschuss", "Stadtrat"]);
        var noted = Runner.Act(Decision, InConsultation(context), Record("noted"), context);

        var corrected = Runner.Act(Decision, noted.Instance, Correct("deferred"), context);

        Assert.Equal(new SequenceStep(0, "Ausschuss", "deferred", SequenceMove.Repeat, 1), corrected.Sequence);
        Assert.Equal(1, corrected.Instance.Position);
    }

    [Fact]
    public void Correct_IsRefused_OnceTheNextOutcomeIsRecorded_ForTheEarlierOne()
    {
        var context = Contexts.With(consultations: ["OB", "Ausschuss", "Stadtrat"]);
        var first = Runner.Act(Decision, InConsultation(context), Record("noted"), context);
        var second = Runner.Act(Decision, first.Instance, Record("recommended"), context);

        // Only the newest outcome can be corrected: the one at the committee, not the OB's.
        var corrected = Runner.Act(Decision, second.Instance, Correct("deferred"), context);

        Assert.Equal(1, corrected.Corrects!.Position);
        Assert.Equal(1, corrected.Sequence!.ItemIndex);
    }

    [Fact]
    public void Correct_IsRefused_AfterAnotherAction()
    {
        var context = Contexts.With(consultations: ["Ausschuss", "Stadtrat"]);
        var noted = Runner.Act(Decision, InConsultation(context), Record("noted"), context);
        var withdrawn = Runner.Act(Decision, noted.Instance, new ActionRequest("withdraw", Actors.Author, Reason: "Antrag erledigt"), context);

        var error = Assert.Throws<WorkflowActionException>(() => Runner.Act(Decision, withdrawn.Instance, Correct("recommended"), context));

        Assert.Equal(WorkflowActionErrorKind.NothingToCorrect, error.Kind);
        Assert.Empty(Runner.Available(Decision, withdrawn.Instance, context));
    }

    [Fact]
    public void Correct_IsRefused_BeforeAnyOutcome()
    {
        var context = Contexts.With(consultations: ["Ausschuss"]);
        var instance = InConsultation(context);

        var error = Assert.Throws<WorkflowActionException>(() => Runner.Act(Decision, instance, Correct("noted"), context));

        Assert.Equal(WorkflowActionErrorKind.NothingToCorrect, error.Kind);
        Assert.DoesNotContain(Runner.Available(Decision, instance, context), a => a.Name == WorkflowRunner.CorrectAction);
    }

    [Fact]
    public void Correct_IsRefused_ForARoleTheSequenceDoesNotAllow()
    {
        var context = Contexts.With(consultations: ["Ausschuss"]);
        var noted = Runner.Act(Decision, InConsultation(context), Record("noted"), context);

        var error = Assert.Throws<WorkflowActionException>(
            () => Runner.Act(Decision, noted.Instance, new ActionRequest(WorkflowRunner.CorrectAction, Actors.Author, "approved"), context));

        Assert.Equal(WorkflowActionErrorKind.NotAllowed, error.Kind);
        Assert.DoesNotContain(Runner.Available(Decision, noted.Instance, context, Actors.Author), a => a.Name == WorkflowRunner.CorrectAction);
        var offered = Assert.Single(Runner.Available(Decision, noted.Instance, context, Actors.Clerk));
        Assert.Equal((AvailableActionKind.Correct, 8), (offered.Kind, offered.Outcomes.Count));
    }

    [Fact]
    public void LastRecord_SurvivesSerialisation_SoACorrectionWorksOnAStoredInstance()
    {
        var context = Contexts.With(consultations: ["Ausschuss", "Stadtrat"]);
        var decided = Runner.Act(Decision, InConsultation(context), Record("approved"), context);

        var stored = WorkflowInstance.FromJson(decided.Instance.ToJson());

        Assert.Equal(decided.Instance.LastRecord, stored.LastRecord);
        Assert.Equal("consultation", Runner.Act(Decision, stored, Correct("recommended"), context).To);
    }

    private static ActionRequest Record(string outcome) => new("record", Actors.Clerk, outcome);

    private static ActionRequest Correct(string outcome) => new(WorkflowRunner.CorrectAction, Actors.Clerk, outcome);

    private static WorkflowInstance InConsultation(WorkflowContext context)
    {
        var draft = Runner.Start(Decision, context).Instance;
        var cosigning = Runner.Act(Decision, draft, new("submit", Actors.Author), context).Instance;
        return Runner.Act(Decision, cosigning, new("release", Actors.Approver), context).Instance;
    }
}
