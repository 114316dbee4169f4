using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Drucksachen.Core;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Demo;
using Drucksachen.Web.Tests.Api;
using Drucksachen.Web.Tests.TestSupport;
using Drucksachen.Workflows.Definitions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Nodes;

/// <summary>Two nodes on one database behave as one application: numbers, conflicts, sign-in, what they serve, timers.</summary>
public sealed class TwoNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    // Far enough ahead that no deadline falls due while a test runs, so the nodes' timers leave the paper alone.
    private const int LaterMeeting = 60;

    [Fact]
    public async Task FiftyReleases_SentInParallelAlternatingBetweenTheNodes_GetFiftyDistinctConsecutiveNumbers()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 50; i++) ids.Add(await ReadyForReleaseAsync("Freigabe im Wechsel"));
        var horn = await nodes.TokenAsync("horn");

        var released = await Task.WhenAll(ids.Select((id, i) => nodes.Alternating(i).WithToken(horn).ActOkAsync(id.ToString(), "release")));

        var numbers = released.Select(p => p.GetProperty("number").GetString()!).ToList();
        Assert.Equal(50, numbers.Distinct().Count());
        var running = numbers.Select(n => int.Parse(n.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(running[0], 50), running);
    }

    [Fact]
    public async Task ParallelReleasesOfOnePaper_AcrossTheNodes_ExactlyOneWins()
    {
        var id = await ReadyForReleaseAsync("Gleichzeitige Freigabe");
        var horn = await nodes.TokenAsync("horn");

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => nodes.Alternating(i).WithToken(horn).ActAsync(id.ToString(), "release")));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        // A release that raced the winner is a conflict; one that came after it is the approver's own
        // release done already, which the workflow no longer offers.
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK),
            a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.Forbidden }));
        var history = await nodes.B.WithToken(horn).GetJsonAsync($"/api/papers/{id}/history");
        Assert.Single(history.EnumerateArray(), e => e.GetProperty("action").GetString() == "release");
    }

    [Fact]
    public async Task ACookieAndAnAntiforgeryTokenIssuedByA_AreAcceptedByB()
    {
        var (id, _) = await TestPapers.ImportAsync(nodes.A.Services, "Einreichen auf dem anderen Knoten", "Beschlussvorlage", "[Jugendamt]",
            ("Stadtrat", LaterMeeting, "Entscheidung"));
        var cookies = new CookieContainer();
        using var onA = nodes.A.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var onB = nodes.B.CreateDefaultClient(new CookieContainerHandler(cookies));

        Assert.Equal(HttpStatusCode.Redirect, (await WebAppFactory.PostLoginAsync(onA, "mueller", WebAppFactory.DemoPassword)).StatusCode);
        var antiforgery = await onA.GetJsonAsync("/api/antiforgery");
        var submit = new HttpRequestMessage(HttpMethod.Post, $"/api/papers/{id}/actions/submit") { Content = JsonContent.Create(new { }) };
        submit.Headers.Add(antiforgery.GetProperty("headerName").GetString()!, antiforgery.GetProperty("requestToken").GetString());
        var submitted = await onB.SendAsync(submit);

        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/Aufgaben")).StatusCode);
        var paper = await onB.JsonAsync(submitted, HttpStatusCode.OK);
        Assert.Equal("cosigning", paper.GetProperty("paper").GetProperty("state").GetString());
        // The keys that protect both are the database's, not a folder of one node's machine.
        Assert.True(await CountAsync("""SELECT COUNT(*) FROM "DataProtectionKeys" """) > 0);
    }

    [Fact]
    public async Task APaperWithdrawnOnA_IsServedWithdrawnByB_AtOnce()
    {
        var id = await ReadyForReleaseAsync("Zurückgezogen auf A");
        await TestPapers.TakeAsync(nodes.A.Services, id, "release");
        using var anonymousB = nodes.B.Anonymous();
        Assert.Null((await OParlPaperAsync(anonymousB, id))["deleted"]);
        Assert.Equal(HttpStatusCode.OK, (await anonymousB.GetAsync($"/api/papers/{id}")).StatusCode);

        await TestPapers.ActAsync(nodes.A.Services, id, new ActionInput("withdraw", "mueller", Comment: "überholt"));

        Assert.True((await OParlPaperAsync(anonymousB, id))["deleted"]!.GetValue<bool>());
        var paper = await nodes.B.WithToken(await nodes.TokenAsync("krause")).GetJsonAsync($"/api/papers/{id}");
        Assert.Equal("withdrawn", paper.GetProperty("state").GetString());
    }

    [Fact]
    public async Task AnOutcomeRecordedOnA_IsServedByB_AtOnce()
    {
        using var anonymousB = nodes.B.Anonymous();
        var path = $"/api/papers/{DemoData.Number.Replace('/', '-')}";
        Assert.Null(Committee(await anonymousB.GetJsonAsync(path)).GetProperty("outcome").GetString());

        await nodes.A.Services.GetRequiredService<ActOnPaper>().ExecuteAsync(DemoData.Number,
            new ActionInput("record", "krause", Outcome: "noted", Vote: "9/2/0"), CancellationToken.None);

        var committee = Committee(await anonymousB.GetJsonAsync(path));
        Assert.Equal(("noted", "9/2/0"), (committee.GetProperty("outcome").GetString(), committee.GetProperty("vote").GetString()));
    }

    [Fact]
    public async Task ADefinitionVersionStoredByA_StartsTheNextPaperOnB_AtOnce()
    {
        var catalogB = nodes.B.Services.GetRequiredService<WorkflowCatalog>();
        var before = (await catalogB.GetLatestAsync("Informationsvorlage", CancellationToken.None)).Version;
        // Node A restarted with a changed file: its catalog loads the folder and stores the new version.
        var folder = Directory.CreateDirectory(Path.Combine(nodes.Database.Folder, $"workflows-{Guid.NewGuid():N}")).FullName;
        foreach (var file in Directory.GetFiles(nodes.A.Services.GetRequiredService<DrucksachenOptions>().WorkflowsPath, "*.yaml"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        File.AppendAllText(Path.Combine(folder, "informationsvorlage.yaml"), $"\n# geändert {Guid.NewGuid():N}\n");
        await nodes.A.Services.GetRequiredService<WorkflowCatalog>().LoadDirectoryAsync(folder, CancellationToken.None);

        var (id, _) = await TestPapers.ImportAsync(nodes.B.Services, "Neue Fassung", "Informationsvorlage", "[]", ("Stadtrat", LaterMeeting, "Kenntnisnahme"));

        var paper = await nodes.B.Services.GetRequiredService<Core.Storage.IPaperReads>().FindAsync(id.ToString(), CancellationToken.None);
        Assert.Equal(before + 1, paper!.Workflow.DefinitionVersion);
    }

    [Fact]
    public async Task EachDueTimer_IsRecordedOnce_WithBothNodesRunning()
    {
        // The regular release deadline of a council meeting in three days has passed: the "urgent" timer is due.
        var ids = new List<Guid>();
        for (var i = 0; i < 20; i++)
            ids.Add((await TestPapers.ImportAsync(nodes.Alternating(i).Services, "Frist versäumt", "Beschlussvorlage", "[Jugendamt]",
                ("Stadtrat", 3, "Entscheidung"))).Id);
        var clerk = nodes.A.WithToken(await nodes.TokenAsync("krause"));

        async Task<int[]> RecordedAsync() => await Task.WhenAll(ids.Select(async id =>
            (await clerk.GetJsonAsync($"/api/papers/{id}/history")).EnumerateArray().Count(e => e.GetProperty("action").GetString() == "timer:urgent")));

        // Nobody runs tick: the nodes find the due timers themselves, within a few of their rounds.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await RecordedAsync()).Any(n => n == 0) && waited.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(200);
        // Both nodes keep looking for a while longer; nothing is recorded twice.
        await Task.Delay(1000);

        Assert.All(await RecordedAsync(), n => Assert.Equal(1, n));
        Assert.True((await nodes.A.Services.GetRequiredService<Core.History.VerifyHistory>().ExecuteAsync(CancellationToken.None)).IsIntact);
    }

    // A Beschlussvorlage of the Amt für Soziales, submitted and co-signed, waiting for the approver.
    private async Task<Guid> ReadyForReleaseAsync(string title)
    {
        var (id, _) = await TestPapers.ImportAsync(nodes.A.Services, title, "Beschlussvorlage", "[Jugendamt]", ("Stadtrat", LaterMeeting, "Entscheidung"));
        await TestPapers.TakeAsync(nodes.B.Services, id, "submit", "cosign");
        return id;
    }

    // The demo paper's consultation in the social committee (sag), which the demo leaves to record.
    private static JsonElement Committee(JsonElement paper) =>
        paper.GetProperty("consultations").EnumerateArray().Single(c => c.GetProperty("body").GetString() == "sag");

    private static async Task<JsonObject> OParlPaperAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/oparl/papers/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = nodes.Database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
