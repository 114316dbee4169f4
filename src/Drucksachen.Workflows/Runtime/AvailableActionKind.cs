namespace Drucksachen.Workflows.Runtime;

public enum AvailableActionKind
{
    /// <summary>An ordinary action moving to a fixed state.</summary>
    Move,

    /// <summary>A signoff signature for one of <see cref="AvailableAction.Participants"/>.</summary>
    Sign,

    /// <summary>A signoff return: clears all signatures.</summary>
    Return,

    /// <summary>A sequence record; needs one of <see cref="AvailableAction.Outcomes"/>.</summary>
    Record,

    /// <summary>Replaces the last recorded outcome by one of <see cref="AvailableAction.Outcomes"/>.</summary>
    Correct,
}
