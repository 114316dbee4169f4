namespace Drucksachen.Workflows.Definitions;

/// <summary>One problem in a definition file; line and column are 1-based.</summary>
public sealed record DefinitionError(string File, int Line, int Column, string Reason)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Reason}";
}
