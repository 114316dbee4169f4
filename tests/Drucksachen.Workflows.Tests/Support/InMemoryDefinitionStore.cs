using Drucksachen.Workflows.Definitions;

namespace Drucksachen.Workflows.Tests.Support;

internal sealed class InMemoryDefinitionStore : IWorkflowDefinitionStore
{
    private readonly List<StoredDefinition> stored = [];

    public IReadOnlyList<StoredDefinition> Stored => stored;

    public Task<StoredDefinition?> GetLatestAsync(string name, CancellationToken ct) =>
        Task.FromResult(stored.Where(d => d.Name == name).MaxBy(d => d.Version));

    /// <summary>How often the newest version number was asked for (a database round trip each).</summary>
    public int NewestLookups { get; private set; }

    public Task<int?> GetLatestVersionAsync(string name, CancellationToken ct)
    {
        NewestLookups++;
        return Task.FromResult(stored.Where(d => d.Name == name).Max(d => (int?)d.Version));
    }

    public Task<StoredDefinition?> GetAsync(string name, int version, CancellationToken ct) =>
        Task.FromResult(stored.FirstOrDefault(d => d.Name == name && d.Version == version));

    public Task AddAsync(StoredDefinition definition, CancellationToken ct)
    {
        if (stored.Any(d => d.Name == definition.Name && d.Version == definition.Version))
        {
            throw new DefinitionVersionTakenException(definition.Name, definition.Version);
        }

        stored.Add(definition);
        return Task.CompletedTask;
    }
}
