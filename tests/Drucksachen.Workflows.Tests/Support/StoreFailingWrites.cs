using Drucksachen.Workflows.Definitions;

namespace Drucksachen.Workflows.Tests.Support;

/// <summary>
/// A store whose connection breaks on a write: the write throws <paramref name="error"/>, and every
/// lookup after it fails as well (with another error), as a dropped database connection would.
/// </summary>
internal sealed class StoreFailingWrites(InMemoryDefinitionStore store, Exception error) : IWorkflowDefinitionStore
{
    private bool broken;

    public Task<StoredDefinition?> GetLatestAsync(string name, CancellationToken ct) => Read(() => store.GetLatestAsync(name, ct));

    public Task<int?> GetLatestVersionAsync(string name, CancellationToken ct) => Read(() => store.GetLatestVersionAsync(name, ct));

    public Task<StoredDefinition?> GetAsync(string name, int version, CancellationToken ct) => Read(() => store.GetAsync(name, version, ct));

    public Task AddAsync(StoredDefinition definition, CancellationToken ct)
    {
        broken = true;
        throw error;
    }

    private Task<T> Read<T>(Func<Task<T>> read) =>
        broken ? throw new InvalidOperationException("the connection is closed") : read();
}
