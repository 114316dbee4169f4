using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace Drucksachen.Benchmarks;

/// <summary>
/// Whether an anonymous search shows, by its time, that non-public papers hold a word: on the web
/// benchmark's 100,000 papers, full HTML over HTTP, searches for words found only in non-public
/// papers against words found nowhere, and a public word for scale. Each invocation is one round of
/// one request per word in a shuffled order, so that the machine's slow and fast phases fall on every
/// word alike and no word always follows the same one (the public word's large page leaves garbage
/// that the next request pays for); after the last round the median and 95th percentile of
/// each word's requests and their ratio to the first word found nowhere are printed. The second
/// word found nowhere shows how far two searches that must take the same time differ by noise.
/// Run: dotnet run -c Release --project tests/Drucksachen.Benchmarks -- --filter '*SearchTiming*'
/// </summary>
[Config(typeof(SearchTimingConfig))]
public class SearchTimingBenchmarks
{
    // In the generated data, topic i % 20 is the title and text of paper i, and every fifth paper is
    // not public: topics 0, 5, 10 and 15 are in non-public papers only (5,000 each).
    private static readonly (string Label, string Word)[] Searches =
    [
        ("nowhere", "Freibadsanierung"),
        ("nowhere, second word", "Eisbahnsanierung"),
        ("only non-public (5,000 papers)", "Sozialraumplanung"),
        ("only non-public (1 paper)", "45000"),
        ("public (5,000 papers)", "Radverkehrskonzept"),
    ];

    private readonly List<double>[] _milliseconds = Searches.Select(_ => new List<double>()).ToArray();
    private readonly int[] _order = Enumerable.Range(0, Searches.Length).ToArray();
    private readonly Random _shuffle = new(12);
    private WebBenchmarkServer _server = null!;

    // Synchronous on purpose: the in-process toolchain does not await asynchronous setups.
    [GlobalSetup]
    public void Setup()
    {
        _server = WebBenchmarkServer.Start(WebDataSet.Default);
        for (var i = 0; i < 20; i++)
            foreach (var (_, word) in Searches) _server.Get(Url(word));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _server.Dispose();
        Console.WriteLine(Report());
    }

    [Benchmark(Description = "one anonymous search per word")]
    public int Round()
    {
        var bytes = 0;
        _shuffle.Shuffle(_order);
        foreach (var index in _order)
        {
            var watch = Stopwatch.StartNew();
            bytes += _server.Get(Url(Searches[index].Word));
            _milliseconds[index].Add(watch.Elapsed.TotalMilliseconds);
        }
        return bytes;
    }

    private static string Url(string word) => "Drucksachen?q=" + Uri.EscapeDataString(word);

    private string Report()
    {
        var baseline = Median(_milliseconds[0]);
        var lines = new List<string>
        {
            $"// anonymous search timing, {_milliseconds[0].Count} requests per word, interleaved",
            "// | search | word | median ms | p95 ms | median / nowhere |",
            "// |---|---|---:|---:|---:|",
        };
        for (var i = 0; i < Searches.Length; i++)
        {
            var median = Median(_milliseconds[i]);
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"// | {Searches[i].Label} | {Searches[i].Word} | {median:F2} | {Percentile(_milliseconds[i], 0.95):F2} | {median / baseline:F2} |"));
        }
        return string.Join(Environment.NewLine, lines);
    }

    private static double Median(List<double> samples) => Percentile(samples, 0.5);

    private static double Percentile(List<double> samples, double share)
    {
        var sorted = samples.Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1)];
    }
}

/// <summary>400 rounds after one warm-up round (and the 20 of the setup).</summary>
public sealed class SearchTimingConfig() : WebBenchmarkConfig(warmups: 1, iterations: 400);
