using BenchmarkDotNet.Attributes;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Import;
using Drucksachen.Persistence;

namespace Drucksachen.Benchmarks;

/// <summary>
/// Durable workflow actions per second, on each database side by side: each action is its own
/// transaction that loads the paper, runs the workflow step and writes state and history entry,
/// acknowledged once committed durably (SQLite synchronous=FULL, PostgreSQL synchronous_commit=on);
/// SQLite with synchronous=NORMAL beside it shows what FULL costs. The papers cycle
/// submit (author) → return (approver), round robin over a pool, so every action hits a paper
/// another action just changed. With several clients each works on its own part of the pool at
/// the same time (no conflicts), as clerks of different offices do.
/// Run: DRUCKSACHEN_BENCH_POSTGRES=… dotnet run -c Release --project tests/Drucksachen.Benchmarks -- --filter '*WorkflowAction*'
/// </summary>
// Ten warm-up rounds (10,000 actions): the tiered JIT recompiles some 3,500 methods of the action
// path during the first 6,000-8,000 actions on a busy two-core machine (JitInfo.GetCompiledMethodCount),
// and a server runs at the speed after that, not at the speed while it compiles.
[Config(typeof(InProcessMonitoringConfig))]
[WarmupCount(10)]
[IterationCount(10)]
[MemoryDiagnoser]
public class WorkflowActionBenchmarks
{
    private const int Papers = 200;
    private const int ActionsPerInvoke = 1000;
    private const string SqliteNormal = "Sqlite-NORMAL";

    private BenchmarkProduct _product = null!;
    private ActOnPaper _act = null!;
    private string[] _ids = [];
    private int[] _done = [];

    /// <summary>SQLite (FULL, the product's setting), SQLite with NORMAL, and PostgreSQL if configured.</summary>
    public static IEnumerable<string> Databases() =>
        BenchmarkDatabases.Providers().SelectMany(p => p == DatabaseProviders.Sqlite ? new[] { p, SqliteNormal } : [p]);

    [ParamsSource(nameof(Databases))]
    public string Database { get; set; } = DatabaseProviders.Sqlite;

    [Params(1, 4)]
    public int Clients { get; set; }

    // Synchronous, because the in-process toolchain does not await an asynchronous setup.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _product = await BenchmarkProduct.StartAsync(new DateTimeOffset(2029, 1, 2, 9, 0, 0, TimeSpan.FromHours(1)),
            Database == SqliteNormal ? DatabaseProviders.Sqlite : Database, sqliteSynchronousNormal: Database == SqliteNormal);
        var reader = _product.Get<MarkdownPaperReader>();
        var papers = Enumerable.Range(0, Papers).Select(i => reader.Read(GeneratedPapers.Markdown(i), $"bench-{i}.md")).ToList();
        var stored = await _product.Get<ImportPapers>().ExecuteAsync(papers, ImportPapers.ImportActor, CancellationToken.None);
        _ids = stored.Select(p => p.Id.ToString()).ToArray();
        _act = _product.Get<ActOnPaper>();
        _done = new int[Clients];
    }

    [GlobalCleanup]
    public void Cleanup() => _product.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = ActionsPerInvoke)]
    public Task SubmitAndReturn() =>
        Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(() => ClientAsync(client, ActionsPerInvoke / Clients))));

    // Client c acts on the papers c, c + Clients, c + 2 Clients, …: its part of the pool is
    // submitted in even rounds and returned in odd ones.
    private async Task ClientAsync(int client, int actions)
    {
        var part = Papers / Clients;
        for (var i = 0; i < actions; i++, _done[client]++)
        {
            var paper = _ids[client + Clients * (_done[client] % part)];
            var submit = _done[client] / part % 2 == 0;
            await _act.ExecuteAsync(paper, submit ? new ActionInput("submit", "mueller") : new ActionInput("return", "horn", Comment: "Bitte ergänzen"), CancellationToken.None);
        }
    }
}
