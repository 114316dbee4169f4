namespace Drucksachen.Workflows.Definitions;

/// <summary>
/// Where definition versions are kept (the host's database). Versions of a name must be unique;
/// a unique key on (Name, Version) protects against two processes loading at once.
/// </summary>
public interface IWorkflowDefinitionStore
{
    Task<StoredDefinition?> GetLatestAsync(string name, CancellationToken ct);

    /// <summary>The number of the newest stored version of <paramref name="name"/>, or null if none is stored.</summary>
    Task<int?> GetLatestVersionAsync(string name, CancellationToken ct);

    Task<StoredDefinition?> GetAsync(string name, int version, CancellationToken ct);

    /// <summary>Stores a new version; throws <see cref="DefinitionVersionTakenException"/> if that version of the name is stored already.</summary>
    Task AddAsync(StoredDefinition definition, CancellationToken ct);
}
