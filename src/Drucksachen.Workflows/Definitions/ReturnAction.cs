using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Workflows.Definitions;

/// <summary>A signoff's send-back: any participant may use it; it clears all signatures.</summary>
public sealed record ReturnAction(string Name, string Label, string To, IReadOnlyList<EffectCall> Effects);
