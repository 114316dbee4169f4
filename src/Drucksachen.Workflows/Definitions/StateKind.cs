namespace Drucksachen.Workflows.Definitions;

public enum StateKind
{
    /// <summary>A waiting point for people with ordinary actions.</summary>
    Task,

    /// <summary>Parallel co-signing by every participant of a host list.</summary>
    Signoff,

    /// <summary>Walks a host list item by item, recording an outcome for each.</summary>
    Sequence,

    /// <summary>The end; no actions.</summary>
    Final,
}
