namespace Drucksachen.Workflows.Runtime;

/// <summary>
/// The result of an action or a fired timer; the host persists <see cref="Instance"/> and one history
/// entry, then runs <see cref="Effects"/> in order: the action's own effects, then the onEnter effects of
/// every state entered. <see cref="Path"/> lists every state entered in order (the last is
/// <see cref="To"/>); it is empty when the instance stayed in its state. <see cref="Corrects"/> is the
/// outcome a correction replaced: the host clears it at its item and removes the item it inserted.
/// </summary>
public sealed record Transition(
    string Action,
    string From,
    string To,
    WorkflowInstance Instance,
    IReadOnlyList<EffectCall> Effects,
    SequenceStep? Sequence,
    string? Participant,
    IReadOnlyList<string> Path,
    RecordedOutcome? Corrects = null);
