namespace Drucksachen.Workflows.Definitions;

/// <summary>
/// A validated, immutable workflow definition. <see cref="Version"/> is assigned by the
/// <see cref="WorkflowCatalog"/>; a definition parsed on its own has version 0.
/// </summary>
public sealed record WorkflowDefinition
{
    public required string Name { get; init; }

    public int Version { get; init; }

    public required string Label { get; init; }

    public required string Start { get; init; }

    public required IReadOnlyDictionary<string, StateDefinition> States { get; init; }

    /// <summary>Where the definition came from, as shown in error messages (e.g. <c>workflows/antrag.yaml</c>).</summary>
    public required string FileName { get; init; }

    /// <summary>Lower-case hex SHA-256 of the source text.</summary>
    public required string ContentHash { get; init; }
}
