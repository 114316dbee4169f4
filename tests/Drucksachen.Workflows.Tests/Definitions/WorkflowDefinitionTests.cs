using Drucksachen.Workflows.Runtime;
using Drucksachen.Workflows.Tests.Support;

namespace Drucksachen.Workflows.Tests.Definitions;

public sealed class WorkflowDefinitionTests
{
    // Refusals name the action as people know it, also where the state does not offer it.
    [Theory]
    [InlineData("cosigning", "cosign", "Mitzeichnen")]
    [InlineData("cosigning", "return", "Zurückgeben")]
    [InlineData("release", "return", "Zurückgeben")]
    [InlineData("consultation", "record", "Beratungsergebnis erfassen")]
    [InlineData("draft", "submit", "Zur Mitzeichnung geben")]
    [InlineData("withdrawn", "cosign", "Mitzeichnen")]
    [InlineData("draft", "release", "Freigeben")]
    [InlineData("done", WorkflowRunner.CorrectAction, WorkflowRunner.CorrectLabel)]
    [InlineData("draft", "fliegen", "fliegen")]
    public void ActionLabel_NamesTheActionAsDefined_InItsStateOrElsewhere(string state, string action, string label)
    {
        Assert.Equal(label, Shipped.Beschlussvorlage.ActionLabel(state, action));
    }
}
