using Drucksachen.Workflows.Runtime.Handlers;

namespace Drucksachen.Workflows.Definitions;

public sealed record TaskState : StateDefinition
{
    public override StateKind Kind => StateKind.Task;

    internal override StateHandler Handler => StateHandler.Plain;
}
