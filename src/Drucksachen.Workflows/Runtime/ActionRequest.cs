namespace Drucksachen.Workflows.Runtime;

/// <summary>
/// A request to perform <see cref="Action"/>. <see cref="Outcome"/> is required for a sequence's
/// record action and refused elsewhere. <see cref="Participant"/> picks whom a signoff signature is
/// for when the actor belongs to several participants; without it the first unsigned participant
/// (in list order) among the actor's groups signs. <see cref="Reason"/> is required by actions
/// defined with a reason (send-backs, withdrawals).
/// </summary>
public sealed record ActionRequest(string Action, Actor Actor, string? Outcome = null, string? Participant = null, string? Reason = null);
