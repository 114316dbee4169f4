using Drucksachen.Workflows.Definitions;

namespace Drucksachen.Workflows.Tests.Support;

/// <summary>
/// The store as a second process sees it that read the newest version of <paramref name="name"/>
/// just before another process stored a newer one: that read answers what the store held when this
/// was made; everything else goes to the store as it is now.
/// </summary>
internal sealed class StoreReadBefore(InMemoryDefinitionStore store, string name) : IWorkflowDefinitionStore
{
    private readonly StoredDefinition? seen = store.Stored.Where(d => d.Name == name).MaxBy(d => d.Version);

    public Task<StoredDefinition?> GetLatestAsync(string definition, CancellationToken ct) =>
        definition == name ? Task.FromResult(seen) : store.GetLatestAsync(definition, ct);

    public Task<int?> GetLatestVersionAsync(string definition, CancellationToken ct) => store.GetLatestVersionAsync(definition, ct);

    public Task<StoredDefinition?> GetAsync(string definition, int version, CancellationToken ct) => store.GetAsync(definition, version, ct);

    public Task AddAsync(StoredDefinition definition, CancellationToken ct) => store.AddAsync(definition, ct);
}
