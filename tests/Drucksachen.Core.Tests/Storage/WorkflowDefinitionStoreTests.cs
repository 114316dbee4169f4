using Drucksachen.Core.Workflow;
using Drucksachen.Testing;
using Drucksachen.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Core.Tests.Storage;

/// <summary>
/// Two nodes started with the same changed file store the same new version at once: the database's
/// key refuses the second write, and only that refusal counts as "stored already".
/// </summary>
public class WorkflowDefinitionStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AddingAVersionStoredAlready_ThrowsDefinitionVersionTaken()
    {
        await using var product = await TestProduct.StartAsync();
        var store = product.Get<IWorkflowDefinitionStore>();
        var stored = await store.GetLatestAsync("Antrag", None);

        var taken = await Assert.ThrowsAsync<DefinitionVersionTakenException>(() => store.AddAsync(stored!, None));

        Assert.Equal(("Antrag", 1), (taken.Name, taken.Version));
    }

    [Fact]
    public async Task AWriteRefusedForAnotherReason_IsNoTakenVersion()
    {
        await using var product = await TestProduct.StartAsync();
        var store = product.Get<IWorkflowDefinitionStore>();
        var stored = await store.GetLatestAsync("Antrag", None);

        // The source is NOT NULL: a constraint of the table, but not its key.
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => store.AddAsync(stored! with { Version = 2, Source = null! }, None));

        Assert.IsNotType<DefinitionVersionTakenException>(error);
        Assert.Null(await store.GetAsync("Antrag", 2, None));
    }

    [Fact]
    public async Task TwoNodesStoringTheSameChangedFile_BothGoOnWithTheOneVersion()
    {
        var workflows = Directory.CreateTempSubdirectory("drucksachen-workflows-");
        try
        {
            await using var product = await TestProduct.StartAsync();
            var folder = Directory.CreateDirectory(Path.Combine(workflows.FullName, "workflows")).FullName;
            foreach (var file in Directory.EnumerateFiles(Repository.Workflows))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            File.AppendAllText(Path.Combine(folder, "antrag.yaml"), "\n# geändert\n");
            var store = product.Get<IWorkflowDefinitionStore>();
            // Node B read the newest version just before node A stored version 2.
            var nodeB = Catalog(product, new NewestReadBefore(store, await store.GetLatestAsync("Antrag", None)));
            await Catalog(product, store).LoadDirectoryAsync(folder, None);

            var loaded = await nodeB.LoadDirectoryAsync(folder, None);

            Assert.Equal(2, loaded.Single(d => d.Name == "Antrag").Version);
            Assert.Equal(2, await store.GetLatestVersionAsync("Antrag", None));
        }
        finally
        {
            workflows.Delete(recursive: true);
        }
    }

    private static WorkflowCatalog Catalog(TestProduct product, IWorkflowDefinitionStore store) =>
        new(store, PaperWorkflowHost.BoundEffects(product.Services.GetServices<IPaperEffect>()), product.Clock, TimeSpan.Zero);

    private sealed class NewestReadBefore(IWorkflowDefinitionStore store, StoredDefinition? seen) : IWorkflowDefinitionStore
    {
        public Task<StoredDefinition?> GetLatestAsync(string name, CancellationToken ct) =>
            name == seen?.Name ? Task.FromResult<StoredDefinition?>(seen) : store.GetLatestAsync(name, ct);

        public Task<int?> GetLatestVersionAsync(string name, CancellationToken ct) => store.GetLatestVersionAsync(name, ct);

        public Task<StoredDefinition?> GetAsync(string name, int version, CancellationToken ct) => store.GetAsync(name, version, ct);

        public Task AddAsync(StoredDefinition definition, CancellationToken ct) => store.AddAsync(definition, ct);
    }
}
