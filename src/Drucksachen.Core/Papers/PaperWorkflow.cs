namespace Drucksachen.Core.Papers;

/// <summary>
/// The paper's running workflow instance as stored: which definition version it runs on, its
/// serialised runtime state, and what it waits for next (queryable, so `tick` finds due papers).
/// </summary>
public sealed class PaperWorkflow
{
    private PaperWorkflow() { }

    public PaperWorkflow(string definitionName, int definitionVersion, string instanceJson, DateTimeOffset? nextDueAt)
    {
        DefinitionName = definitionName;
        DefinitionVersion = definitionVersion;
        InstanceJson = instanceJson;
        NextDueAt = nextDueAt;
    }

    public string DefinitionName { get; private set; } = "";
    public int DefinitionVersion { get; private set; }
    public string InstanceJson { get; private set; } = "";
    public DateTimeOffset? NextDueAt { get; private set; }

    internal void Update(string instanceJson, DateTimeOffset? nextDueAt)
    {
        InstanceJson = instanceJson;
        NextDueAt = nextDueAt;
    }
}
