using BenchmarkDotNet.Attributes;
using Drucksachen.Core.Import;
using Drucksachen.Persistence;

namespace Drucksachen.Benchmarks;

/// <summary>
/// Reading and storing 10,000 papers (front matter parsed and checked, workflow started, first
/// history entry written, search indexes) into a fresh database of each provider, side by side.
/// Run: DRUCKSACHEN_BENCH_POSTGRES=… dotnet run -c Release --project tests/Drucksachen.Benchmarks -- --filter '*Import*'
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

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    public static IEnumerable<string> Providers() => BenchmarkDatabases.Providers();

    [GlobalSetup]
    public void Setup() => _texts = Enumerable.Range(0, Papers).Select(i => GeneratedPapers.Markdown(i)).ToArray();

    [IterationSetup]
    public void StartFresh() => _product = BenchmarkProduct.StartAsync(new DateTimeOffset(2029, 1, 2, 9, 0, 0, TimeSpan.FromHours(1)), Provider).GetAwaiter().GetResult();

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
