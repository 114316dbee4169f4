namespace Drucksachen.Workflows.Runtime;

/// <summary>
/// What the runtime keeps of the last outcome recorded in a sequence, so that it can be corrected:
/// the sequence state, the item's position, the outcome, and where the host inserted an item for it
/// (deferred, referred), which the correction takes out again.
/// </summary>
public sealed record RecordedOutcome(string State, int Position, string Outcome, int? InsertedIndex);
