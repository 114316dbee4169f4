using System.Net;
using System.Net.Http.Headers;
using Drucksachen.Core.History;
using Drucksachen.Core.Storage;
using Drucksachen.Testing;
using Drucksachen.Web.Tests.Api;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Nodes;

/// <summary>One of two nodes is killed (SIGKILL) in a burst of releases sent to both: nothing either acknowledged is lost.</summary>
public sealed class KilledNodeTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create("drucksachen-nodes-tests-");
    private readonly WebNode _a;

    public KilledNodeTests()
    {
        _a = new WebNode(_database);
        _ = _a.Server;
    }

    public void Dispose()
    {
        _a.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task KillingOneNodeInABurstOfReleases_LosesNothingAcknowledged_AndVerifyPasses()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            var (id, _) = await TestPapers.ImportAsync(_a.Services, "Freigabe im Ausfall", "Beschlussvorlage", "[Jugendamt]", ("Stadtrat", 60, "Entscheidung"));
            await TestPapers.TakeAsync(_a.Services, id, "submit", "cosign");
            ids.Add(id);
        }
        var horn = (await _a.Services.GetRequiredService<Persistence.Accounts.ApiTokenStore>().IssueAsync("horn", "burst", CancellationToken.None)).Secret;
        using var b = await NodeProcess.StartAsync(_database);
        using var onA = _a.WithToken(horn);
        using var onB = b.CreateClient();
        onB.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", horn);

        var acknowledgedByB = 0;
        var acknowledged = new System.Collections.Concurrent.ConcurrentDictionary<Guid, string>();
        using var gate = new SemaphoreSlim(8);
        var burst = ids.Select(async (id, i) =>
        {
            await gate.WaitAsync();
            try
            {
                var response = await (i % 2 == 0 ? onA : onB).ActAsync(id.ToString(), "release");
                if (response.StatusCode != HttpStatusCode.OK) return;
                var paper = await onA.JsonAsync(response, HttpStatusCode.OK);
                acknowledged[id] = paper.GetProperty("paper").GetProperty("number").GetString()!;
                // Killed while releases are in flight on it, after it acknowledged a few.
                if (i % 2 == 1 && Interlocked.Increment(ref acknowledgedByB) == 3) b.Kill();
            }
            catch (HttpRequestException)
            {
                // Sent to the killed node: not acknowledged.
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        await Task.WhenAll(burst);

        Assert.True(acknowledgedByB >= 3, "the node was killed before it acknowledged three releases");
        Assert.True(acknowledged.Count < ids.Count, "the node was killed after the burst, not in it");
        var reads = _a.Services.GetRequiredService<IPaperReads>();
        foreach (var (id, number) in acknowledged)
        {
            var paper = await reads.FindAsync(id.ToString(), CancellationToken.None);
            Assert.Equal((number, "consultation"), (paper!.Number, paper.State));
        }
        var numbers = new List<string>();
        foreach (var id in ids)
            if ((await reads.FindAsync(id.ToString(), CancellationToken.None))!.Number is { } number) numbers.Add(number);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.True((await _a.Services.GetRequiredService<VerifyHistory>().ExecuteAsync(CancellationToken.None)).IsIntact);
    }
}
