namespace Drucksachen.Core.Actions;

/// <summary>An action as a user asks for it, unparsed; <see cref="ActOnPaper"/> validates every field.</summary>
/// <param name="Action">Action name as offered by the workflow, e.g. "submit", "record".</param>
/// <param name="User">Id of the acting user.</param>
/// <param name="Outcome">For "record": the outcome, e.g. "noted".</param>
/// <param name="Date">For "record": the date the body dealt with the paper (default: the planned meeting date).</param>
/// <param name="Vote">For "record": yes/no/abstentions ("12/3/1") or "einstimmig".</param>
/// <param name="Comment">Free text kept in the history (and as the note of a recorded outcome).</param>
/// <param name="Body">For "referred": the body the paper is referred to.</param>
/// <param name="NextDate">For "deferred" and "referred": the date of the meeting that takes it up next.</param>
/// <param name="ExpectedVersion">The paper version the user saw; a different current version is a conflict.</param>
/// <param name="Confirmed">The user confirmed input that needs it (see <see cref="Plausibility.PlausibilityException.NeedsConfirmation"/>).</param>
public sealed record ActionInput(
    string Action,
    string User,
    string? Outcome = null,
    string? Date = null,
    string? Vote = null,
    string? Comment = null,
    string? Body = null,
    string? NextDate = null,
    int? ExpectedVersion = null,
    bool Confirmed = false);
