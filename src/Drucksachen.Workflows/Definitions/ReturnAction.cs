using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Workflows.Definitions;

/// <summary>
/// A signoff's send-back: any participant may use it; it clears all signatures. With
/// <see cref="RequiresReason"/> it is refused without a reason.
/// </summary>
public sealed record ReturnAction(string Name, string Label, string To, IReadOnlyList<EffectCall> Effects, bool RequiresReason = false);
