using Drucksachen.Core.Configuration;
using Drucksachen.Core.Reading;
using Drucksachen.Core.Users;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Reading;

/// <summary>
/// Lists, task lists and the menu read the workflows' labels and roles on every page: they take the
/// newest version the catalog saw within its freshness window, not a database round trip per call.
/// </summary>
public sealed class ReadPapersDefinitionLookupsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task StateLabelsAndTheStatesAUserActsIn_DoNotAskTheStorePerCall()
    {
        await using var product = await TestProduct.StartAsync(configure: o => o.WorkflowFreshnessMilliseconds = 600_000,
            services: CountingDefinitionStore.Register);
        var read = product.Get<ReadPapers>();
        var workflows = product.Get<City>().PaperTypes.Select(t => t.Workflow ?? t.Name).ToList();
        var approver = await product.Get<IUserDirectory>().GetAsync(DemoUsers.Approver, None);
        var store = CountingDefinitionStore.Of(product.Services);
        var before = store.Calls;

        for (var page = 0; page < 10; page++)
        {
            Assert.Equal("Freigabe", (await read.StateLabelsAsync(workflows, None))["release"]);
            Assert.Contains("release", await read.StatesActedInByAsync(approver, None));
            Assert.True(await read.MayActAsync(approver, None));
        }

        Assert.Equal(before, store.Calls);
    }

    [Fact]
    public async Task StateLabels_AskTheStoreAtEveryCall_WithoutAFreshnessWindow()
    {
        await using var product = await TestProduct.StartAsync(configure: o => o.WorkflowFreshnessMilliseconds = 0,
            services: CountingDefinitionStore.Register);
        var store = CountingDefinitionStore.Of(product.Services);
        var before = store.Calls;

        await product.Get<ReadPapers>().StateLabelsAsync(["Antrag"], None);
        await product.Get<ReadPapers>().StateLabelsAsync(["Antrag"], None);

        Assert.Equal(before + 2, store.Calls);
    }
}
