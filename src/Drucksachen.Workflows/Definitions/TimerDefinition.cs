using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Workflows.Definitions;

/// <summary>
/// Fires once per instance when the host date <see cref="At"/> has passed while the instance is in a
/// state listing this timer. <see cref="To"/>, when set, moves the instance (an escalation).
/// </summary>
public sealed record TimerDefinition(
    string Id,
    string At,
    string Label,
    IReadOnlyList<EffectCall> Effects,
    string? To);
