namespace Drucksachen.Core.Meetings;

/// <summary>What a meeting did with one item, as the clerk enters it, unparsed.</summary>
/// <param name="Outcome">For a paper: the outcome, e.g. "approved", "deferred".</param>
/// <param name="Vote">yes/no/abstentions ("12/3/1") or "einstimmig".</param>
/// <param name="Resolution">The resolution as adopted; default: the paper's Beschlussvorschlag. Required when approved with changes.</param>
/// <param name="Note">Kept in the minutes and as the note of the paper's outcome.</param>
/// <param name="NextDate">For deferred and referred: the day of the meeting that takes it up next; default for deferred: the body's next meeting.</param>
/// <param name="Body">For referred: the body the paper goes to.</param>
public sealed record ItemRecord(string? Outcome = null, string? Vote = null, string? Resolution = null, string? Note = null, string? NextDate = null,
    string? Body = null);
