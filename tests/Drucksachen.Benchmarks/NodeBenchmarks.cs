using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using Drucksachen.Core.Import;
using Drucksachen.Core.Reading;
using Drucksachen.Persistence;
using Drucksachen.Persistence.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Drucksachen.Benchmarks;

/// <summary>
/// One node against two on one PostgreSQL database: clients take workflow actions over HTTP (the
/// REST API with bearer tokens, as scripts and other systems do) and one visitor reads the public
/// papers list page meanwhile. With one node every request goes to it; with two they alternate
/// between the nodes, as a load balancer without sticky sessions sends them, so that the next
/// action on a paper reaches the node that did not take the last one. Op/s is actions a
/// second; the List columns are the latencies of the list requests made while the actions ran,
/// and of 40 made alone before each round, untimed (<see cref="ListLatencyColumn"/>). The nodes
/// are Kestrel servers on 127.0.0.1 in this process, each with its own services and its own
/// database connections (<see cref="WebBenchmarkServer"/>).
/// The papers cycle submit (author) → return (approver) as in <see cref="WorkflowActionBenchmarks"/>,
/// each client on its own part of the pool; beside them lie the first 10,000 papers of
/// <see cref="WebBenchmarkData"/>, released, for the list. Each case starts on a fresh copy of that
/// database and checks at its end that every acknowledged action is in its paper's history.
/// Run: DRUCKSACHEN_BENCH_POSTGRES=… dotnet run -c Release --project tests/Drucksachen.Benchmarks -- --filter '*NodeBenchmarks*'
/// </summary>
[Config(typeof(NodeBenchmarkConfig))]
public class NodeBenchmarks
{
    public const int Iterations = 5;
    public const int Warmups = 5;
    private const int Papers = 320;
    private const int ActionsPerInvoke = 960;
    private const int ListedPapers = 10_000;
    private const string ListPage = "Drucksachen";
    private const int ListedAlone = 40;

    private readonly List<WebBenchmarkServer> _nodes = [];
    private string _database = "";
    private string[] _ids = [];
    private int[] _done = [];
    private int[] _acknowledged = [];
    private string _author = "";
    private string _approver = "";

    // Declared before Nodes, so that one node and two run one after the other for each number of
    // clients (cases run in the order of the parameters), at about the same load of the machine.
    [Params(4, 16)]
    public int Clients { get; set; }

    [Params(1, 2)]
    public int Nodes { get; set; }

    /// <summary>Names a case, for <see cref="ListLatencyColumn"/>.</summary>
    public static string Case(object nodes, object clients) => $"Nodes={nodes}, Clients={clients}";

    // Synchronous on purpose: the in-process toolchain does not await asynchronous setups.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        Console.WriteLine($"// {Case(Nodes, Clients)}: starting {Load()}");
        var listed = WebBenchmarkData.EnsureDatabase(new WebDataSet(DatabaseProviders.PostgreSql, ListedPapers));
        _database = $"drucksachen_bench_nodes_{Environment.ProcessId}";
        BenchmarkDatabases.Drop(_database);
        BenchmarkDatabases.Copy(new NpgsqlConnectionStringBuilder(listed.ConnectionString).Database!, _database);
        var database = new DatabaseSettings(DatabaseProviders.PostgreSql, BenchmarkDatabases.PostgreSql(_database));
        for (var node = 0; node < Nodes; node++)
            _nodes.Add(await WebBenchmarkServer.StartAsync(database, $"drucksachen-node-{(char)('a' + node)}"));

        var services = _nodes[0].Services;
        var reader = services.GetRequiredService<MarkdownPaperReader>();
        var papers = Enumerable.Range(0, Papers).Select(i => reader.Read(GeneratedPapers.Markdown(i), $"bench-{i}.md")).ToList();
        var stored = await services.GetRequiredService<ImportPapers>().ExecuteAsync(papers, ImportPapers.ImportActor, CancellationToken.None);
        _ids = stored.Select(p => p.Id.ToString()).ToArray();
        var tokens = services.GetRequiredService<ApiTokenStore>();
        _author = (await tokens.IssueAsync("mueller", "Lastmessung", CancellationToken.None)).Secret;
        _approver = (await tokens.IssueAsync("horn", "Lastmessung", CancellationToken.None)).Secret;
        _done = new int[Clients];
        _acknowledged = new int[Papers];
    }

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task CleanupAsync()
    {
        try
        {
            await CheckHistoriesAsync();
        }
        finally
        {
            foreach (var node in _nodes) await node.DisposeAsync();
            BenchmarkDatabases.Drop(_database);
        }
    }

    // Not timed: the list alone, on the same nodes at about the same load of the machine, to set
    // the latencies beside the actions against.
    [IterationSetup]
    public void ListAlone() => ListAloneAsync().GetAwaiter().GetResult();

    private async Task ListAloneAsync()
    {
        var latencies = new List<double>();
        for (var i = 0; i < ListedAlone; i++) latencies.Add(await ListOnceAsync(i));
        ListLatencyColumn.Record(Case(Nodes, Clients), beside: false, latencies);
    }

    [Benchmark(Description = "actions over HTTP, list read beside", OperationsPerInvoke = ActionsPerInvoke)]
    public void ActionsWhileListing() => ActionsWhileListingAsync().GetAwaiter().GetResult();

    private async Task ActionsWhileListingAsync()
    {
        using var acting = new CancellationTokenSource();
        var latencies = new List<double>();
        var listing = Task.Run(() => ListAsync(latencies, acting.Token));
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(() => ClientAsync(client, ActionsPerInvoke / Clients))));
        await acting.CancelAsync();
        await listing;
        ListLatencyColumn.Record(Case(Nodes, Clients), beside: true, latencies);
    }

    // One visitor opening the list's first page again and again, alternating between the nodes like the actions.
    private async Task ListAsync(List<double> latencies, CancellationToken acting)
    {
        for (var i = 0; !acting.IsCancellationRequested; i++) latencies.Add(await ListOnceAsync(i));
    }

    // The first page of the list from the node whose turn request i is; its latency in ms.
    private async Task<double> ListOnceAsync(int i)
    {
        var started = Stopwatch.GetTimestamp();
        await _nodes[i % Nodes].GetAsync(ListPage);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    // Client c acts on the papers c, c + Clients, c + 2 Clients, …: its part of the pool is
    // submitted in even rounds and returned in odd ones. Its requests alternate between the nodes,
    // and so does each paper from round to round: the return reaches the node that did not take the submit.
    private async Task ClientAsync(int client, int actions)
    {
        var part = Papers / Clients;
        for (var i = 0; i < actions; i++, _done[client]++)
        {
            var (round, place) = Math.DivRem(_done[client], part);
            var paper = client + Clients * place;
            var submit = round % 2 == 0;
            var node = _nodes[(client + place + round) % Nodes];
            using var request = new HttpRequestMessage(HttpMethod.Post, $"api/papers/{_ids[paper]}/actions/{(submit ? "submit" : "return")}")
            {
                Content = submit ? null : JsonContent.Create(new { comment = "Bitte ergänzen" }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", submit ? _author : _approver);
            using var response = await node.Client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.OK)
                throw new InvalidOperationException($"POST {request.RequestUri} at {node.Address}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            _acknowledged[paper]++;
        }
    }

    // The time and the machine's load average (1, 5, 15 minutes), which the figures depend on as much as on the code.
    private static string Load() =>
        $"{TimeProvider.System.GetUtcNow():HH:mm:ss} UTC, load average {(File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "unknown")}";

    // Whichever node took an action, the paper's history holds it: its import and one entry per acknowledged action.
    private async Task CheckHistoriesAsync()
    {
        var read = _nodes[^1].Services.GetRequiredService<ReadPapers>();
        for (var i = 0; i < Papers; i++)
        {
            var (paper, entries) = await read.HistoryAsync(_ids[i], CancellationToken.None);
            if (entries.Count != 1 + _acknowledged[i] || paper.HistoryCount != entries.Count)
                throw new InvalidOperationException(
                    $"paper {_ids[i]}: {_acknowledged[i]} actions acknowledged, {entries.Count} history entries, the paper counts {paper.HistoryCount}");
        }
        Console.WriteLine($"// {Case(Nodes, Clients)}: {_acknowledged.Sum():N0} actions acknowledged, each in its paper's history; {Load()}");
    }
}
