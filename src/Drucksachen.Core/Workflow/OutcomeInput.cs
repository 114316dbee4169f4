using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Workflow;

/// <summary>
/// What a clerk records with an outcome, validated: the date of the meeting that dealt with it,
/// the vote, a note, for deferral or referral the consultation to insert next, and for a correction
/// the history entry whose outcome it replaces.
/// </summary>
public sealed record OutcomeInput(DateOnly? Date, Vote? Vote, string? Note, Consultation? Next, History.HistoryEntry? Corrects = null);
