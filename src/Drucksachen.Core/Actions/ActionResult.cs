using Drucksachen.Core.History;
using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Actions;

/// <summary>The paper after an action, and the history entries the action wrote (due timers first).</summary>
public sealed record ActionResult(Paper Paper, IReadOnlyList<HistoryEntry> Entries);
