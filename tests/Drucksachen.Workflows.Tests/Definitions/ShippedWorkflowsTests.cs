using Drucksachen.Workflows.Definitions;
using Drucksachen.Workflows.Tests.Support;

namespace Drucksachen.Workflows.Tests.Definitions;

public sealed class ShippedWorkflowsTests
{
    [Fact]
    public void Informationsvorlage_HasTheDocumentedLifecycle()
    {
        var definition = Shipped.Informationsvorlage;

        Assert.Equal("Informationsvorlage", definition.Name);
        Assert.Equal(["draft", "cosigning", "release", "consultation", "done", "withdrawn"], definition.States.Keys);
        var cosigning = Assert.IsType<SignoffState>(definition.States["cosigning"]);
        Assert.Equal(("cosigners", "cosign", "return", "draft", "release"), (cosigning.Participants, cosigning.Sign.Name, cosigning.Return.Name, cosigning.Return.To, cosigning.Next));
        var consultation = Assert.IsType<SequenceState>(definition.States["consultation"]);
        Assert.Equal(["noted", "deferred", "referred", "withdrawn"], consultation.Outcomes.Select(o => o.Name));
        Assert.Equal(["assign-number", "render-document"], definition.States["release"].Actions.Single(a => a.Name == "release").Effects.Select(e => e.Name));
        var final = Assert.Single(definition.States["done"].OnEnter);
        Assert.Equal("true", final.Args["final"]);
    }

    [Fact]
    public void Beschlussvorlage_EndsInDecidedRejectedWithdrawnOrDone()
    {
        var consultation = Assert.IsType<SequenceState>(Shipped.Beschlussvorlage.States["consultation"]);

        Assert.Equal(
            [
                ("noted", SequenceMove.Next, null), ("recommended", SequenceMove.Next, null),
                ("approved", SequenceMove.End, "decided"), ("approved-with-changes", SequenceMove.End, "decided"),
                ("rejected", SequenceMove.End, "rejected"), ("deferred", SequenceMove.Repeat, null),
                ("referred", SequenceMove.Insert, null), ("withdrawn", SequenceMove.End, "withdrawn"),
            ],
            consultation.Outcomes.Select(o => (o.Name, o.Move, o.To)));
        Assert.Equal("done", consultation.Done);
        Assert.All(["decided", "rejected", "done", "withdrawn"], s => Assert.Equal(StateKind.Final, Shipped.Beschlussvorlage.States[s].Kind));
    }

    [Fact]
    public void Antrag_HasNoCosigning_AndClerksOrApproversRelease()
    {
        var definition = Shipped.Antrag;

        Assert.DoesNotContain(definition.States.Values, s => s.Kind == StateKind.Signoff);
        Assert.Equal("release", definition.States["draft"].Actions.Single(a => a.Name == "submit").To);
        Assert.Equal(["clerk", "approver"], definition.States["release"].Actions.Single(a => a.Name == "release").Roles);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("cosigning")]
    [InlineData("release")]
    public void DeadlineTimers_AreSharedByDraftCosigningAndRelease(string state)
    {
        var timers = Shipped.Informationsvorlage.States[state].Timers;

        Assert.Equal([("urgent", "deadline.regular", "flag-urgent"), ("late", "deadline.urgent", "flag-late")], timers.Select(t => (t.Id, t.At, t.Effects.Single().Name)));
    }

    [Fact]
    public void EveryShippedFile_StartsWithTheSchemaComment()
    {
        foreach (var file in Directory.GetFiles(Shipped.Directory, "*.yaml"))
        {
            Assert.StartsWith("# yaml-language-server: $schema=./workflow.schema.json", File.ReadAllText(file));
        }
    }
}
