namespace Drucksachen.Workflows.Runtime;

public enum WorkflowActionErrorKind
{
    /// <summary>The current state has no action of that name.</summary>
    UnknownAction,

    /// <summary>The actor lacks an allowed role, or is not a participant of the signoff.</summary>
    NotAllowed,

    /// <summary>The participant has signed already in this round.</summary>
    AlreadySigned,

    /// <summary>The outcome is not one the current step takes (or the action takes none).</summary>
    InvalidOutcome,

    /// <summary>A record action was requested without an outcome.</summary>
    MissingOutcome,

    /// <summary>An action defined with a reason was requested without one.</summary>
    MissingReason,

    /// <summary>The sequence has no item at the current position (the host's list shrank).</summary>
    NoCurrentItem,

    /// <summary>A correction was requested, but no outcome may be corrected now.</summary>
    NothingToCorrect,

    /// <summary>The instance is in a final state.</summary>
    Finished,
}
