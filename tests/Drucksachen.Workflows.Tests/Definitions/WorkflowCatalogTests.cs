using Drucksachen.Workflows.Definitions;
using Drucksachen.Workflows.Runtime;
using Drucksachen.Workflows.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Drucksachen.Workflows.Tests.Definitions;

public sealed class WorkflowCatalogTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2);
    private readonly FakeTimeProvider clock = new(Now);
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("wf-catalog-").CreateSubdirectory("workflows");
    private readonly InMemoryDefinitionStore store = new();

    public WorkflowCatalogTests()
    {
        foreach (var file in Directory.GetFiles(Shipped.Directory, "*.yaml"))
        {
            File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
        }
    }

    public void Dispose() => folder.Parent!.Delete(recursive: true);

    [Fact]
    public async Task LoadDirectoryAsync_StoresVersion1_OfEveryNewDefinition()
    {
        var loaded = await Catalog().LoadDirectoryAsync(folder.FullName, default);

        Assert.Equal([("Antrag", 1), ("Beschlussvorlage", 1), ("Informationsvorlage", 1)], loaded.Select(d => (d.Name, d.Version)));
        var stored = store.Stored.Single(d => d.Name == "Antrag");
        Assert.Equal(("workflows/antrag.yaml", Now), (stored.FileName, stored.LoadedAt));
        Assert.Equal(File.ReadAllText(Path.Combine(folder.FullName, "antrag.yaml")), stored.Source);
        Assert.Equal(64, stored.ContentHash.Length);
    }

    [Fact]
    public async Task LoadDirectoryAsync_AddsNoVersion_WhenNothingChanged()
    {
        await Catalog().LoadDirectoryAsync(folder.FullName, default);

        var reloaded = await Catalog().LoadDirectoryAsync(folder.FullName, default);

        Assert.Equal(3, store.Stored.Count);
        Assert.All(reloaded, d => Assert.Equal(1, d.Version));
    }

    [Fact]
    public async Task InstancesKeepTheirVersion_WhileNewStartsUseTheChangedOne()
    {
        var runner = new WorkflowRunner();
        var context = Contexts.With();
        var before = Catalog();
        await before.LoadDirectoryAsync(folder.FullName, default);
        var started = runner.Start(await before.GetLatestAsync("Antrag", default), context).Instance;
        LetClerksSubmitAntrag();

        // A fresh catalog, as after a restart: version 1 exists only in the store now.
        var after = Catalog();
        var loaded = await after.LoadDirectoryAsync(folder.FullName, default);
        var old = await after.GetAsync(started.DefinitionName, started.DefinitionVersion, default);
        var latest = await after.GetLatestAsync("Antrag", default);
        var newStart = runner.Start(latest, context).Instance;

        Assert.Equal(2, loaded.Single(d => d.Name == "Antrag").Version);
        Assert.Equal(1, loaded.Single(d => d.Name == "Beschlussvorlage").Version);
        Assert.Equal(4, store.Stored.Count);
        Assert.Equal((1, 2, 2), (old.Version, latest.Version, newStart.DefinitionVersion));
        Assert.Throws<WorkflowActionException>(() => runner.Act(old, started, new("submit", Actors.Clerk), context));
        Assert.Equal("release", runner.Act(latest, newStart, new("submit", Actors.Clerk), context).To);
    }

    [Fact]
    public async Task GetLatestAsync_ServesTheVersionAnotherCatalogStored_AtOnce()
    {
        // Two nodes of the web application on one database: each has a catalog of its own.
        var nodeA = Catalog();
        var nodeB = Catalog();
        await nodeA.LoadDirectoryAsync(folder.FullName, default);
        await nodeB.LoadDirectoryAsync(folder.FullName, default);
        Assert.Equal(1, (await nodeB.GetLatestForReadingAsync("Antrag", default)).Version);

        LetClerksSubmitAntrag();
        await nodeA.LoadDirectoryAsync(folder.FullName, default);
        var latest = await nodeB.GetLatestAsync("Antrag", default);

        // Within B's freshness window; starting a paper does not wait for it.
        Assert.Equal(2, latest.Version);
        Assert.Equal("release", new WorkflowRunner().Act(latest, new WorkflowRunner().Start(latest, Contexts.With()).Instance,
            new("submit", Actors.Clerk), Contexts.With()).To);
    }

    [Fact]
    public async Task GetLatestForReadingAsync_AsksTheStoreOncePerFreshnessWindow_NotAtEveryCall()
    {
        var nodeA = Catalog();
        await nodeA.LoadDirectoryAsync(folder.FullName, default);
        // Node B started without loading (as the CLI does): it knows no version yet.
        var nodeB = Catalog();
        var asked = store.NewestLookups;

        for (var i = 0; i < 10; i++)
            Assert.Equal(1, (await nodeB.GetLatestForReadingAsync("Antrag", default)).Version);
        Assert.Equal(asked + 1, store.NewestLookups);

        LetClerksSubmitAntrag();
        await nodeA.LoadDirectoryAsync(folder.FullName, default);
        clock.Advance(Freshness - TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, (await nodeB.GetLatestForReadingAsync("Antrag", default)).Version);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, (await nodeB.GetLatestForReadingAsync("Antrag", default)).Version);
        Assert.Equal(2, (await nodeB.GetLatestForReadingAsync("Antrag", default)).Version);

        Assert.Equal(asked + 2, store.NewestLookups);
    }

    [Fact]
    public async Task GetLatestForReadingAsync_UsesTheVersionThisCatalogLoaded_WithoutAskingTheStore()
    {
        var catalog = Catalog();
        await catalog.LoadDirectoryAsync(folder.FullName, default);
        var asked = store.NewestLookups;

        Assert.Equal(1, (await catalog.GetLatestForReadingAsync("Antrag", default)).Version);
        Assert.Equal(1, (await catalog.GetLatestForReadingAsync("Beschlussvorlage", default)).Version);

        Assert.Equal(asked, store.NewestLookups);
    }

    [Fact]
    public async Task GetLatestForReadingAsync_AsksTheStoreEveryTime_WithoutAFreshnessWindow()
    {
        var catalog = new WorkflowCatalog(store, Shipped.Effects, clock, TimeSpan.Zero);
        await catalog.LoadDirectoryAsync(folder.FullName, default);
        var asked = store.NewestLookups;

        await catalog.GetLatestForReadingAsync("Antrag", default);
        await catalog.GetLatestForReadingAsync("Antrag", default);

        Assert.Equal(asked + 2, store.NewestLookups);
    }

    [Fact]
    public async Task LoadDirectoryAsync_TakesTheVersionAnotherProcessStoredMeanwhile_WhenItHasTheSameText()
    {
        await Catalog().LoadDirectoryAsync(folder.FullName, default);
        LetClerksSubmitAntrag();
        // Two nodes start with the same changed file; the second read the store before the first stored version 2.
        var second = new StoreReadBefore(store, "Antrag");
        await Catalog().LoadDirectoryAsync(folder.FullName, default);

        var loaded = await Catalog(second).LoadDirectoryAsync(folder.FullName, default);

        Assert.Equal(2, loaded.Single(d => d.Name == "Antrag").Version);
        Assert.Equal(4, store.Stored.Count);
    }

    [Fact]
    public async Task LoadDirectoryAsync_Refuses_WhenAnotherProcessStoredTheVersionWithOtherText()
    {
        await Catalog().LoadDirectoryAsync(folder.FullName, default);
        var second = new StoreReadBefore(store, "Antrag");
        var first = store.Stored.Single(d => d.Name == "Antrag");
        await store.AddAsync(first with { Version = 2, ContentHash = "another text" }, default);
        LetClerksSubmitAntrag();

        var refused = await Assert.ThrowsAsync<DefinitionVersionTakenException>(() => Catalog(second).LoadDirectoryAsync(folder.FullName, default));
        Assert.Equal(("Antrag", 2), (refused.Name, refused.Version));
    }

    [Fact]
    public async Task LoadDirectoryAsync_ThrowsTheStoresOwnError_WhenAWriteFailsForAnotherReason()
    {
        await Catalog().LoadDirectoryAsync(folder.FullName, default);
        LetClerksSubmitAntrag();
        // The database went away during the write: the store's error names that, and nothing is looked up after it.
        var failing = new StoreFailingWrites(store, new IOException("disk I/O error"));

        var error = await Assert.ThrowsAsync<IOException>(() => Catalog(failing).LoadDirectoryAsync(folder.FullName, default));

        Assert.Equal("disk I/O error", error.Message);
        Assert.Equal(3, store.Stored.Count);
    }

    [Fact]
    public async Task GetAsync_ReturnsTheSameCachedDefinition_OnRepeatedCalls()
    {
        var catalog = Catalog();
        await catalog.LoadDirectoryAsync(folder.FullName, default);

        Assert.Same(await catalog.GetAsync("Antrag", 1, default), await catalog.GetAsync("Antrag", 1, default));
        Assert.Same(await catalog.GetLatestAsync("Antrag", default), await catalog.GetAsync("Antrag", 1, default));
    }

    [Fact]
    public async Task GetAsync_ThrowsUnknownWorkflow_ForAnUnknownNameOrVersion()
    {
        var catalog = Catalog();
        await catalog.LoadDirectoryAsync(folder.FullName, default);

        var version = await Assert.ThrowsAsync<UnknownWorkflowException>(() => catalog.GetAsync("Antrag", 7, default));
        var name = await Assert.ThrowsAsync<UnknownWorkflowException>(() => catalog.GetLatestAsync("Anfrage", default));

        Assert.Equal("unknown workflow 'Antrag' version 7", version.Message);
        Assert.Equal("unknown workflow 'Anfrage': no version of it is stored", name.Message);
    }

    [Fact]
    public async Task LoadDirectoryAsync_RefusesEverything_WithTheErrorsOfEveryFile()
    {
        Edit("antrag.yaml", "to: release", "to: relase");
        Edit("beschlussvorlage.yaml", "effects: [flag-late]", "effects: [flag-lat]");

        var error = await Assert.ThrowsAsync<WorkflowDefinitionException>(() => Catalog().LoadDirectoryAsync(folder.FullName, default));

        Assert.Equal(["workflows/antrag.yaml", "workflows/beschlussvorlage.yaml"], error.Errors.Select(e => e.File).Distinct());
        Assert.Contains("workflows/antrag.yaml:15:13: unknown target state 'relase' in action 'submit' of state 'draft'", error.Message.Split(Environment.NewLine));
        Assert.Empty(store.Stored);
    }

    [Fact]
    public async Task LoadDirectoryAsync_RefusesTwoFilesWithTheSameName()
    {
        File.Copy(Path.Combine(folder.FullName, "antrag.yaml"), Path.Combine(folder.FullName, "antrag-copy.yaml"));

        var error = await Assert.ThrowsAsync<WorkflowDefinitionException>(() => Catalog().LoadDirectoryAsync(folder.FullName, default));

        Assert.Equal("workflows/antrag.yaml:3:7: workflow name 'Antrag' is already defined in workflows/antrag-copy.yaml", error.Message);
    }

    private WorkflowCatalog Catalog() => Catalog(store);

    private WorkflowCatalog Catalog(IWorkflowDefinitionStore definitions) => new(definitions, Shipped.Effects, clock, Freshness);

    private void LetClerksSubmitAntrag() => Edit("antrag.yaml", "roles: [author]\n        to: release", "roles: [author, clerk]\n        to: release");

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(folder.FullName, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }
}
