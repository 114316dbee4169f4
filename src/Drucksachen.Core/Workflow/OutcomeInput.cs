using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Workflow;

/// <summary>
/// What a clerk records with an outcome, validated: the date of the meeting that dealt with it,
/// the vote, a note, and for deferral or referral the consultation to insert next.
/// </summary>
public sealed record OutcomeInput(DateOnly? Date, Vote? Vote, string? Note, Consultation? Next);
