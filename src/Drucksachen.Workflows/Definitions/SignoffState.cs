using Drucksachen.Workflows.Runtime.Handlers;

namespace Drucksachen.Workflows.Definitions;

/// <summary>
/// Every participant of the host list <see cref="Participants"/> signs once (actors sign for the
/// participants among their groups); then the instance moves to <see cref="Next"/>. An empty list
/// passes straight through.
/// </summary>
public sealed record SignoffState : StateDefinition
{
    public override StateKind Kind => StateKind.Signoff;

    /// <summary>Name of the host list holding the participants.</summary>
    public required string Participants { get; init; }

    public required IReadOnlyList<string> Roles { get; init; }

    public required StepAction Sign { get; init; }

    public required ReturnAction Return { get; init; }

    public required string Next { get; init; }

    public override IEnumerable<string> ActionNames => [.. base.ActionNames, Sign.Name, Return.Name];

    public override string? ActionLabel(string action) =>
        action == Sign.Name ? Sign.Label : action == Return.Name ? Return.Label : base.ActionLabel(action);

    internal override StateHandler Handler => SignoffStateHandler.Instance;
}
