namespace Drucksachen.Workflows.Definitions;

/// <summary>One stored version of a definition; <see cref="Source"/> is the YAML text, kept so old versions still load.</summary>
public sealed record StoredDefinition(
    string Name,
    int Version,
    string ContentHash,
    string Source,
    string FileName,
    DateTimeOffset LoadedAt);
