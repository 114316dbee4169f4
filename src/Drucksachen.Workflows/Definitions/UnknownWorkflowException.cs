namespace Drucksachen.Workflows.Definitions;

/// <summary>No definition of that name (or that version of it) is stored.</summary>
public sealed class UnknownWorkflowException(string name, int? version)
    : Exception(version is null
        ? $"unknown workflow '{name}': no version of it is stored"
        : $"unknown workflow '{name}' version {version}")
{
    public string Name { get; } = name;

    public int? Version { get; } = version;
}
