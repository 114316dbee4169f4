namespace Drucksachen.Workflows.Runtime;

/// <summary>
/// An action that can be performed now. <see cref="Participants"/> lists, for a signoff's sign action,
/// the participants still to sign (filtered to the actor's groups when asked for an actor), and for its
/// return action the participants allowed to send back. <see cref="To"/> is null where the target
/// depends on the outcome or on the remaining signatures.
/// </summary>
/// <param name="RequiresReason">The action is refused without <see cref="ActionRequest.Reason"/>.</param>
/// <param name="EndsWorkflow">The action moves into a final state: nothing can be done with the instance after it.</param>
public sealed record AvailableAction(
    string Name,
    string Label,
    AvailableActionKind Kind,
    IReadOnlyList<string> Roles,
    string? To,
    IReadOnlyList<OutcomeOption> Outcomes,
    IReadOnlyList<string> Participants,
    bool RequiresReason = false,
    bool EndsWorkflow = false);
