namespace Drucksachen.Persistence;

/// <summary>A stored version of a workflow definition file; running papers keep using theirs.</summary>
public sealed class WorkflowDefinitionRecord
{
    public string Name { get; set; } = "";
    public int Version { get; set; }
    public string ContentHash { get; set; } = "";
    public string Source { get; set; } = "";
    public string FileName { get; set; } = "";
    public DateTimeOffset LoadedAt { get; set; }
}
