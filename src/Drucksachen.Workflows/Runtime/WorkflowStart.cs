namespace Drucksachen.Workflows.Runtime;

/// <summary>
/// A new instance with the onEnter effects of the states it entered; <see cref="Path"/> starts with
/// the start state and continues through states passed straight through (e.g. an empty signoff).
/// </summary>
public sealed record WorkflowStart(WorkflowInstance Instance, IReadOnlyList<EffectCall> Effects, IReadOnlyList<string> Path);
