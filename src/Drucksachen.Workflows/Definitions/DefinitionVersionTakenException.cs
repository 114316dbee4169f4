namespace Drucksachen.Workflows.Definitions;

/// <summary>The store already holds this version of the definition (its unique key refused the write).</summary>
public sealed class DefinitionVersionTakenException(string name, int version, Exception? inner = null)
    : Exception($"workflow '{name}' version {version} is stored already", inner)
{
    public string Name { get; } = name;

    public int Version { get; } = version;
}
