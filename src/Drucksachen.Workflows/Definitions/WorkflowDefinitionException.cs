namespace Drucksachen.Workflows.Definitions;

/// <summary>One or more definitions were refused; the message has one <c>file:line:column: reason</c> line per error.</summary>
public sealed class WorkflowDefinitionException(IReadOnlyList<DefinitionError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<DefinitionError> Errors { get; } = errors;
}
