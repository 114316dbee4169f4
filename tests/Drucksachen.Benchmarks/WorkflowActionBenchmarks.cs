using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Import;

namespace Drucksachen.Benchmarks;

/// <summary>
/// Persisted workflow actions per second on SQLite: each action is its own transaction that loads
/// the paper, runs the workflow step and writes state and history entry. The papers cycle
/// submit (author) → return (approver), round robin over a pool, so every action hits a paper
/// another action just changed.
/// Run: dotnet run -c Release --project tests/Drucksachen.Benchmarks -- --filter '*WorkflowAction*'
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

    private BenchmarkProduct _product = null!;
    private ActOnPaper _act = null!;
    private string[] _ids = [];
    private int _round;

    // Synchronous, because the in-process toolchain does not await an asynchronous setup.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _product = await BenchmarkProduct.StartAsync(new DateTimeOffset(2029, 1, 2, 9, 0, 0, TimeSpan.FromHours(1)));
        var reader = _product.Get<MarkdownPaperReader>();
        var papers = Enumerable.Range(0, Papers).Select(i => reader.Read(GeneratedPapers.Markdown(i), $"bench-{i}.md")).ToList();
        var stored = await _product.Get<ImportPapers>().ExecuteAsync(papers, ImportPapers.ImportActor, CancellationToken.None);
        _ids = stored.Select(p => p.Id.ToString()).ToArray();
        _act = _product.Get<ActOnPaper>();
    }

    [GlobalCleanup]
    public void Cleanup() => _product.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = ActionsPerInvoke)]
    public async Task SubmitAndReturn()
    {
        for (var i = 0; i < ActionsPerInvoke; i++)
        {
            // Half the pool is submitted in even rounds and returned in odd ones.
            var index = _round * ActionsPerInvoke + i;
            var paper = _ids[index % Papers];
            var submit = index / Papers % 2 == 0;
            await _act.ExecuteAsync(paper, submit ? new ActionInput("submit", "mueller") : new ActionInput("return", "horn", Comment: "Bitte ergänzen"), CancellationToken.None);
        }
        _round++;
    }
}
