using Drucksachen.Persistence.Stores;
using Drucksachen.Workflows.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Testing;

/// <summary>The product's workflow definition store, counting its calls (a database round trip each).</summary>
public sealed class CountingDefinitionStore(IWorkflowDefinitionStore store) : IWorkflowDefinitionStore
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Registers a counting store in place of the product's; register after the database.</summary>
    public static void Register(IServiceCollection services) =>
        services.AddSingleton<IWorkflowDefinitionStore>(sp => new CountingDefinitionStore(ActivatorUtilities.CreateInstance<EfWorkflowDefinitionStore>(sp)));

    /// <summary>The counting store a product built with <see cref="Register"/> uses.</summary>
    public static CountingDefinitionStore Of(IServiceProvider services) =>
        (CountingDefinitionStore)services.GetRequiredService<IWorkflowDefinitionStore>();

    public Task<StoredDefinition?> GetLatestAsync(string name, CancellationToken ct) => Count(store.GetLatestAsync(name, ct));

    public Task<int?> GetLatestVersionAsync(string name, CancellationToken ct) => Count(store.GetLatestVersionAsync(name, ct));

    public Task<StoredDefinition?> GetAsync(string name, int version, CancellationToken ct) => Count(store.GetAsync(name, version, ct));

    public Task AddAsync(StoredDefinition definition, CancellationToken ct) => Count(store.AddAsync(definition, ct));

    private T Count<T>(T call)
    {
        Interlocked.Increment(ref _calls);
        return call;
    }
}
