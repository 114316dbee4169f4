using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Drucksachen.Core.Import;

namespace Drucksachen.Benchmarks;

/// <summary>
/// Reading and storing 10,000 papers (front matter parsed and checked, workflow started, first
/// history entry written) into a fresh SQLite database.
/// Run: dotnet run -c Release --project tests/Drucksachen.Benchmarks -- --filter '*Import*'
/// </summary>
[Config(typeof(InProcessMonitoringConfig))]
[WarmupCount(1)]
[IterationCount(5)]
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private const int Papers = 10_000;

    private string[] _texts = [];
    private BenchmarkProduct? _product;

    [GlobalSetup]
    public void Setup() => _texts = Enumerable.Range(0, Papers).Select(i => GeneratedPapers.Markdown(i)).ToArray();

    [IterationSetup]
    public void StartFresh() => _product = BenchmarkProduct.StartAsync(new DateTimeOffset(2029, 1, 2, 9, 0, 0, TimeSpan.FromHours(1))).GetAwaiter().GetResult();

    [IterationCleanup]
    public void Dispose() => _product!.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<int> ImportTenThousand()
    {
        var reader = _product!.Get<MarkdownPaperReader>();
        var papers = _texts.Select((text, i) => reader.Read(text, $"paper-{i}.md")).ToList();
        var stored = await _product.Get<ImportPapers>().ExecuteAsync(papers, ImportPapers.ImportActor, CancellationToken.None);
        return stored.Count;
    }
}
