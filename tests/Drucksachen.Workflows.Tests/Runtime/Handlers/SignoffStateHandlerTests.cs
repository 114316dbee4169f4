using Drucksachen.Workflows.Runtime;
using Drucksachen.Workflows.Tests.Support;

namespace Drucksachen.Workflows.Tests.Runtime.Handlers;

public sealed class SignoffStateHandlerTests
{
    private static readonly WorkflowRunner Runner = new();
    private static readonly WorkflowContext TwoOffices = Contexts.With(cosigners: ["Amt 50", "Amt 61"]);

    [Fact]
    public void Cosign_StaysInCosigning_UntilEveryParticipantSigned()
    {
        var first = Runner.Act(Shipped.Informationsvorlage, Cosigning(), new("cosign", Actors.Cosigner("u50", "Amt 50")), TwoOffices);
        var second = Runner.Act(Shipped.Informationsvorlage, first.Instance, new("cosign", Actors.Cosigner("u61", "Amt 61")), TwoOffices);

        Assert.Equal(("cosigning", "Amt 50"), (first.To, first.Participant));
        Assert.Equal(["Amt 50"], first.Instance.Signed);
        Assert.Empty(first.Path);
        Assert.Equal(("release", "Amt 61"), (second.To, second.Participant));
        Assert.Equal(["release"], second.Path);
        Assert.Empty(second.Instance.Signed);
    }

    [Fact]
    public void Return_GoesBackToDraftAndClearsSignatures_FromAnyParticipant()
    {
        var signed = Runner.Act(Shipped.Informationsvorlage, Cosigning(), new("cosign", Actors.Cosigner("u50", "Amt 50")), TwoOffices).Instance;

        var returned = Runner.Act(Shipped.Informationsvorlage, signed, new("return", Actors.Cosigner("u61", "Amt 61"), Reason: "Zahlen fehlen"), TwoOffices);
        var resubmitted = Runner.Act(Shipped.Informationsvorlage, returned.Instance, new("submit", Actors.Author), TwoOffices);

        Assert.Equal(("draft", "Amt 61"), (returned.To, returned.Participant));
        Assert.Empty(returned.Instance.Signed);
        Assert.Empty(resubmitted.Instance.Signed);
        Assert.Equal(2, Runner.Available(Shipped.Informationsvorlage, resubmitted.Instance, TwoOffices).Single(a => a.Name == "cosign").Participants.Count);
    }

    [Fact]
    public void Cosign_IsRefused_ForAnActorOfNoParticipant()
    {
        var error = Assert.Throws<WorkflowActionException>(
            () => Runner.Act(Shipped.Informationsvorlage, Cosigning(), new("cosign", Actors.Cosigner("u20", "Amt 20")), TwoOffices));

        Assert.Equal(WorkflowActionErrorKind.NotAllowed, error.Kind);
        Assert.Equal("actor 'u20' belongs to none of the participants of state 'cosigning' (Amt 50, Amt 61), so may not 'cosign'", error.Message);
    }

    [Fact]
    public void Return_IsRefused_ForAnActorOfNoParticipant()
    {
        var error = Assert.Throws<WorkflowActionException>(
            () => Runner.Act(Shipped.Informationsvorlage, Cosigning(), new("return", Actors.Cosigner("u20", "Amt 20")), TwoOffices));

        Assert.Equal(WorkflowActionErrorKind.NotAllowed, error.Kind);
    }

    [Fact]
    public void Cosign_IsRefused_WhenTheParticipantSignedAlready()
    {
        var signed = Runner.Act(Shipped.Informationsvorlage, Cosigning(), new("cosign", Actors.Cosigner("u50", "Amt 50")), TwoOffices).Instance;

        var error = Assert.Throws<WorkflowActionException>(
            () => Runner.Act(Shipped.Informationsvorlage, signed, new("cosign", Actors.Cosigner("other", "Amt 50")), TwoOffices));

        Assert.Equal(WorkflowActionErrorKind.AlreadySigned, error.Kind);
        Assert.Equal("'Amt 50' has already signed in state 'cosigning'", error.Message);
    }

    [Fact]
    public void Cosign_IsRefused_WithoutTheCosignerRole()
    {
        var officeButNoRole = new Actor("u50", new HashSet<string> { "author" }, new HashSet<string> { "Amt 50" });

        var error = Assert.Throws<WorkflowActionException>(
            () => Runner.Act(Shipped.Informationsvorlage, Cosigning(), new("cosign", officeButNoRole), TwoOffices));

        Assert.Equal(WorkflowActionErrorKind.NotAllowed, error.Kind);
        Assert.Equal("action 'cosign' in state 'cosigning' needs one of the roles cosigner; actor 'u50' has author", error.Message);
    }

    [Fact]
    public void Cosign_SignsTheChosenParticipant_ForAnActorOfSeveralOffices()
    {
        var both = Actors.Cosigner("head", "Amt 50", "Amt 61");

        var transition = Runner.Act(Shipped.Informationsvorlage, Cosigning(), new("cosign", both, Participant: "Amt 61"), TwoOffices);

        Assert.Equal("Amt 61", transition.Participant);
        Assert.Equal(["Amt 50"], Runner.Available(Shipped.Informationsvorlage, transition.Instance, TwoOffices, both).Single(a => a.Name == "cosign").Participants);
    }

    [Fact]
    public void Submit_PassesStraightThroughCosigning_WhenThereAreNoCosigners()
    {
        var draft = Runner.Start(Shipped.Informationsvorlage, Contexts.With()).Instance;

        var transition = Runner.Act(Shipped.Informationsvorlage, draft, new("submit", Actors.Author), Contexts.With());

        Assert.Equal(("draft", "release"), (transition.From, transition.To));
        Assert.Equal(["cosigning", "release"], transition.Path);
    }

    [Fact]
    public void Available_OffersCosignAndReturn_OnlyForTheActorsOwnOffices()
    {
        var actions = Runner.Available(Shipped.Informationsvorlage, Cosigning(), TwoOffices, Actors.Cosigner("u61", "Amt 61"));

        Assert.Equal([("cosign", AvailableActionKind.Sign), ("return", AvailableActionKind.Return)], actions.Select(a => (a.Name, a.Kind)));
        Assert.All(actions, a => Assert.Equal(["Amt 61"], a.Participants));
    }

    private static WorkflowInstance Cosigning()
    {
        var draft = Runner.Start(Shipped.Informationsvorlage, TwoOffices).Instance;
        return Runner.Act(Shipped.Informationsvorlage, draft, new("submit", Actors.Author), TwoOffices).Instance;
    }
}
