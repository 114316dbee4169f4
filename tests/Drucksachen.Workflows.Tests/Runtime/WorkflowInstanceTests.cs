using Drucksachen.Workflows.Runtime;
using Drucksachen.Workflows.Tests.Support;

namespace Drucksachen.Workflows.Tests.Runtime;

public sealed class WorkflowInstanceTests
{
    private static readonly WorkflowRunner Runner = new();

    [Fact]
    public void FromJson_RestoresEveryField_WrittenByToJson()
    {
        var context = Contexts.With(
            cosigners: ["Amt 50", "Amt 61"],
            dates: new Dictionary<string, DateTimeOffset> { ["deadline.regular"] = DateTimeOffset.UnixEpoch });
        var draft = Runner.Start(Shipped.Informationsvorlage, context).Instance;
        var timed = Runner.Tick(Shipped.Informationsvorlage, draft, DateTimeOffset.UnixEpoch, context).Single().Instance;
        var cosigning = Runner.Act(Shipped.Informationsvorlage, timed, new("submit", Actors.Author), context).Instance;
        var signed = Runner.Act(Shipped.Informationsvorlage, cosigning, new("cosign", Actors.Cosigner("u", "Amt 61")), context).Instance;

        var json = signed.ToJson();
        var restored = WorkflowInstance.FromJson(json);

        Assert.Equal(
            """{"definitionName":"Informationsvorlage","definitionVersion":0,"state":"cosigning","position":0,"signed":["Amt 61"],"firedTimers":["urgent"],"isFinished":false}""",
            json);
        Assert.Equal((signed.DefinitionName, signed.DefinitionVersion, signed.State, signed.Position, signed.IsFinished), (restored.DefinitionName, restored.DefinitionVersion, restored.State, restored.Position, restored.IsFinished));
        Assert.Equal(signed.Signed, restored.Signed);
        Assert.Equal(signed.FiredTimers, restored.FiredTimers);
        Assert.Equal("release", Runner.Act(Shipped.Informationsvorlage, restored, new("cosign", Actors.Cosigner("v", "Amt 50")), context).To);
    }

    [Fact]
    public void FromJson_Throws_ForNull()
    {
        Assert.Throws<System.Text.Json.JsonException>(() => WorkflowInstance.FromJson("null"));
    }
}
