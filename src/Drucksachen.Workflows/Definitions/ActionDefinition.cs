using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Workflows.Definitions;

/// <summary>
/// An ordinary action: people with one of <see cref="Roles"/> move the instance to <see cref="To"/>;
/// with <see cref="RequiresReason"/> only when they give a reason.
/// </summary>
public sealed record ActionDefinition(
    string Name,
    string Label,
    IReadOnlyList<string> Roles,
    string To,
    IReadOnlyList<EffectCall> Effects,
    bool RequiresReason = false);
