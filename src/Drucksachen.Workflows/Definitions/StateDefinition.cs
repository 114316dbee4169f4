using Drucksachen.Workflows.Runtime;
using Drucksachen.Workflows.Runtime.Handlers;

namespace Drucksachen.Workflows.Definitions;

/// <summary>A state of a workflow definition; the kind-specific parts live in the derived records.</summary>
public abstract record StateDefinition
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    public abstract StateKind Kind { get; }

    public IReadOnlyList<ActionDefinition> Actions { get; init; } = [];

    public IReadOnlyList<EffectCall> OnEnter { get; init; } = [];

    public IReadOnlyList<TimerDefinition> Timers { get; init; } = [];

    /// <summary>The names of every action people can take in this state.</summary>
    public virtual IEnumerable<string> ActionNames => Actions.Select(a => a.Name);

    /// <summary>The label of the action of that name people can take in this state; null if there is none.</summary>
    public virtual string? ActionLabel(string action) => Actions.FirstOrDefault(a => a.Name == action)?.Label;

    internal abstract StateHandler Handler { get; }
}
