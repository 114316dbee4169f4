using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Workflows.Definitions;

/// <summary>A result recordable for a sequence item; <see cref="To"/> is set exactly when <see cref="Move"/> is End.</summary>
public sealed record OutcomeDefinition(
    string Name,
    string Label,
    SequenceMove Move,
    string? To,
    IReadOnlyList<EffectCall> Effects);
