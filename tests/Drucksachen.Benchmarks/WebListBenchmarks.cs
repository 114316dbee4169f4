using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Drucksachen.Benchmarks;

/// <summary>
/// The public papers list (/Drucksachen) and its search, over HTTP on 127.0.0.1 against Kestrel,
/// with 100,000 released papers (80,000 of them public) on SQLite and on PostgreSQL, and 1,000,000
/// on PostgreSQL (see <see cref="WebDataSet"/>), side by side: one request per invocation, so
/// the P95 column is the 95th percentile of single request latencies (full HTML page, anonymous
/// visitor), and Op/s the requests per second of one client. <see cref="WebThroughputBenchmarks"/>
/// measures requests per second with concurrent clients.
/// The databases are made once (minutes) and kept, see <see cref="WebBenchmarkData"/>.
/// Run: DRUCKSACHEN_BENCH_POSTGRES=… dotnet run -c Release --project tests/Drucksachen.Benchmarks -- --filter '*Web*'
/// </summary>
[Config(typeof(WebListConfig))]
public class WebListBenchmarks
{
    private WebBenchmarkServer _server = null!;

    public static IEnumerable<WebDataSet> DataSets() => WebDataSet.All();

    [ParamsSource(nameof(DataSets))]
    public WebDataSet Data { get; set; } = WebDataSet.Default;

    // Synchronous on purpose: the in-process toolchain does not await asynchronous setups.
    [GlobalSetup]
    public void Setup() => _server = WebBenchmarkServer.Start(Data);

    [GlobalCleanup]
    public void Cleanup() => _server.Dispose();

    [Benchmark(Description = "list, first page")]
    public int ListFirstPage() => _server.Get("Drucksachen");

    [Benchmark(Description = "list, page 2000")]
    public int ListDeepPage() => _server.Get("Drucksachen?seite=2000");

    [Benchmark(Description = "list, body + year filter")]
    public int ListFiltered() => _server.Get("Drucksachen?gremium=jha&jahr=2021");

    [Benchmark(Description = "search number")]
    public int SearchNumber() => _server.Get("Drucksachen?q=" + Uri.EscapeDataString(WebBenchmarkData.SomeNumber));

    [Benchmark(Description = "search title word")]
    public int SearchTitle() => _server.Get("Drucksachen?q=Radverkehrskonzept");

    [Benchmark(Description = "search text (sections)")]
    public int SearchText() => _server.Get("Drucksachen?q=" + Uri.EscapeDataString("Haushaltsjahr 2019"));

    [Benchmark(Description = "search, no hit")]
    public int SearchNoHit() => _server.Get("Drucksachen?q=Freibadsanierung");

    // A word that begins words in almost every section text: every paper is a hit, and the count stops at its limit.
    [Benchmark(Description = "search common word")]
    public int SearchCommonWord() => _server.Get("Drucksachen?q=Stadt");

    // Too short for the trigram index: word beginnings in numbers, titles and texts (a fifth of the papers).
    [Benchmark(Description = "search two characters")]
    public int SearchTwoCharacters() => _server.Get("Drucksachen?q=22");
}

/// <summary>
/// Requests per second with 4 concurrent clients over a mix of list and search requests
/// (100 requests per invocation; Op/s = requests per second).
/// Run: dotnet run -c Release --project tests/Drucksachen.Benchmarks -- --filter '*WebThroughput*'
/// </summary>
[Config(typeof(WebThroughputConfig))]
public class WebThroughputBenchmarks
{
    public const int Requests = 100;
    public const int Clients = 4;

    private static readonly string[] Mix =
    [
        "Drucksachen", "Drucksachen?seite=2", "Drucksachen?seite=500", "Drucksachen?gremium=sag",
        "Drucksachen?jahr=2020&typ=Beschlussvorlage", "Drucksachen?q=" + Uri.EscapeDataString(WebBenchmarkData.SomeNumber),
        "Drucksachen?q=Radverkehrskonzept", "Drucksachen?q=Spielplatzsanierung&jahr=2023", "Drucksachen?q=Ortsteil%2017",
        "Drucksachen?q=" + Uri.EscapeDataString("Haushaltsjahr 2019"),
    ];

    private WebBenchmarkServer _server = null!;

    public static IEnumerable<WebDataSet> DataSets() => WebDataSet.All(large: false);

    [ParamsSource(nameof(DataSets))]
    public WebDataSet Data { get; set; } = WebDataSet.Default;

    // Synchronous on purpose: the in-process toolchain does not await asynchronous setups.
    [GlobalSetup]
    public void Setup() => _server = WebBenchmarkServer.Start(Data);

    [GlobalCleanup]
    public void Cleanup() => _server.Dispose();

    [Benchmark(Description = "mixed list/search, 4 clients", OperationsPerInvoke = Requests)]
    public long MixedConcurrent() => MixedConcurrentAsync().GetAwaiter().GetResult();

    private async Task<long> MixedConcurrentAsync()
    {
        var next = -1;
        long bytes = 0;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Requests)
                Interlocked.Add(ref bytes, await _server.GetAsync(Mix[i % Mix.Length]));
        }));
        return bytes;
    }
}

/// <summary>
/// One job in this process (no generated project to restore and build), each invocation timed on
/// its own; the summary adds the 95th percentile and operations (requests) per second.
/// </summary>
public abstract class WebBenchmarkConfig : ManualConfig
{
    protected WebBenchmarkConfig(int warmups, int iterations)
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            // Generous: the first run makes the 100,000 papers in its setup.
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(45), logOutput: true)));
        AddColumn(StatisticColumn.P95, StatisticColumn.OperationsPerSecond);
    }
}

/// <summary>100 single requests per benchmark after 5 warm-up requests.</summary>
public sealed class WebListConfig() : WebBenchmarkConfig(warmups: 5, iterations: 100);

/// <summary>5 rounds of 100 requests (4 clients) after 1 warm-up round.</summary>
public sealed class WebThroughputConfig() : WebBenchmarkConfig(warmups: 1, iterations: 5);
