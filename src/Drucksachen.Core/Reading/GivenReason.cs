namespace Drucksachen.Core.Reading;

/// <summary>
/// The reason given with the action that brought a paper into its current state, where the workflow
/// asks for one (a send-back, a withdrawal): what the author needs to know to act on it.
/// </summary>
/// <param name="ActionLabel">The action as the workflow names it, e.g. "Zurückgeben".</param>
/// <param name="Actor">Who took it.</param>
/// <param name="Role">In which role (user role key, e.g. "approver").</param>
/// <param name="Office">For a co-signing office's action: the office.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Reason">The reason as given.</param>
public sealed record GivenReason(string ActionLabel, string Actor, string Role, string? Office, DateTimeOffset At, string Reason);
