namespace Drucksachen.Workflows.Runtime;

/// <summary>A refused action; the message is one line a clerk can act on.</summary>
public sealed class WorkflowActionException(WorkflowActionErrorKind kind, string action, string state, string message)
    : Exception(message)
{
    public WorkflowActionErrorKind Kind { get; } = kind;

    public string Action { get; } = action;

    public string State { get; } = state;
}
