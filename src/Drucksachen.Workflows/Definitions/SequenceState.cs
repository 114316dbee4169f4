using Drucksachen.Workflows.Runtime.Handlers;

namespace Drucksachen.Workflows.Definitions;

/// <summary>
/// Walks the host list <see cref="Items"/> in order, recording one of <see cref="Outcomes"/> per item;
/// leaves to <see cref="Done"/> when the list runs out (an empty list passes straight through).
/// </summary>
public sealed record SequenceState : StateDefinition
{
    public override StateKind Kind => StateKind.Sequence;

    /// <summary>Name of the host list holding the items.</summary>
    public required string Items { get; init; }

    public required IReadOnlyList<string> Roles { get; init; }

    public required StepAction Record { get; init; }

    public required IReadOnlyList<OutcomeDefinition> Outcomes { get; init; }

    public required string Done { get; init; }

    public override IEnumerable<string> ActionNames => [.. base.ActionNames, Record.Name];

    public override string? ActionLabel(string action) => action == Record.Name ? Record.Label : base.ActionLabel(action);

    internal override StateHandler Handler => SequenceStateHandler.Instance;
}
