using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Workflows.Runtime.Handlers;

/// <summary>What a handler decided: the changed instance, and a state to enter or null to stay.</summary>
internal sealed record Step(
    WorkflowInstance Instance,
    string? To,
    IReadOnlyList<EffectCall> Effects,
    SequenceStep? Sequence = null,
    string? Participant = null);
