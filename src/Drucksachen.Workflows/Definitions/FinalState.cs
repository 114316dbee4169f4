using Drucksachen.Workflows.Runtime.Handlers;

namespace Drucksachen.Workflows.Definitions;

public sealed record FinalState : StateDefinition
{
    public override StateKind Kind => StateKind.Final;

    internal override StateHandler Handler => StateHandler.Plain;
}
