using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Workflows.Definitions;

/// <summary>The kind-specific action of a state: a signoff's sign or a sequence's record.</summary>
public sealed record StepAction(string Name, string Label, IReadOnlyList<EffectCall> Effects);
