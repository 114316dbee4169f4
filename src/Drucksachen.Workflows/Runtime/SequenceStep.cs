using Drucksachen.Workflows.Definitions;

namespace Drucksachen.Workflows.Runtime;

/// <summary>
/// What a sequence record did to the host's list: the item recorded (<see cref="ItemIndex"/>,
/// <see cref="Item"/>), the outcome and its move. For <see cref="SequenceMove.Repeat"/> and
/// <see cref="SequenceMove.Insert"/> the host must insert a new item at <see cref="InsertedIndex"/>;
/// it is the new current position.
/// </summary>
public sealed record SequenceStep(int ItemIndex, string Item, string Outcome, SequenceMove Move, int? InsertedIndex);
