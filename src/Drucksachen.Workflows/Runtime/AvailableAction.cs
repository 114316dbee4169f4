namespace Drucksachen.Workflows.Runtime;

/// <summary>
/// An action that can be performed now. <see cref="Participants"/> lists, for a signoff's sign action,
/// the participants still to sign (filtered to the actor's groups when asked for an actor), and for its
/// return action the participants allowed to send back. <see cref="To"/> is null where the target
/// depends on the outcome or on the remaining signatures.
/// </summary>
public sealed record AvailableAction(
    string Name,
    string Label,
    AvailableActionKind Kind,
    IReadOnlyList<string> Roles,
    string? To,
    IReadOnlyList<OutcomeOption> Outcomes,
    IReadOnlyList<string> Participants);
