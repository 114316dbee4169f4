namespace Drucksachen.Workflows.Definitions;

/// <summary>What an outcome does to a sequence's cursor.</summary>
public enum SequenceMove
{
    /// <summary>Go to the next item; past the last one, leave to the state's <c>done</c>.</summary>
    Next,

    /// <summary>The same subject again later: the host inserts a new item right after the current one.</summary>
    Repeat,

    /// <summary>Another subject first (e.g. a referral): the host inserts a new item right after the current one.</summary>
    Insert,

    /// <summary>The sequence ends in the outcome's <c>to</c> state.</summary>
    End,
}
