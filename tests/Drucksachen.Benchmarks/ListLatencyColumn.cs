using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Drucksachen.Benchmarks;

/// <summary>
/// A summary column of the list requests <see cref="NodeBenchmarks"/> made beside its actions, or
/// alone just before each round: their 95th percentile, median (both by nearest rank, in ms) or
/// count, over the measured iterations (the last <see cref="NodeBenchmarks.Iterations"/> rounds of a
/// case; warm-up rounds come first). The benchmark runs in this process, so its figures are at hand here.
/// </summary>
public sealed class ListLatencyColumn(string name, string legend, bool beside, Func<double[], string> value) : IColumn
{
    private static readonly ConcurrentDictionary<(string Case, bool Beside), List<List<double>>> Rounds = new();

    public static ListLatencyColumn P95 { get; } = new("List p95", "95th percentile of the list requests' latencies beside the actions (ms)",
        beside: true, sorted => Milliseconds(Percentile(sorted, 0.95)));

    public static ListLatencyColumn Median { get; } = new("List median", "median of the list requests' latencies beside the actions (ms)",
        beside: true, sorted => Milliseconds(Percentile(sorted, 0.5)));

    public static ListLatencyColumn Requests { get; } = new("List requests", "list requests made beside the actions in the measured iterations",
        beside: true, sorted => sorted.Length.ToString("N0", CultureInfo.InvariantCulture));

    public static ListLatencyColumn AloneP95 { get; } = new("List p95 alone", "95th percentile of the list requests' latencies without actions, before each round (ms)",
        beside: false, sorted => Milliseconds(Percentile(sorted, 0.95)));

    /// <summary>Keeps the latencies (ms) of one round of the case <paramref name="key"/>, made <paramref name="beside"/> the actions or alone.</summary>
    public static void Record(string key, bool beside, IReadOnlyList<double> latencies)
    {
        var rounds = Rounds.GetOrAdd((key, beside), _ => []);
        lock (rounds) rounds.Add([.. latencies]);
    }

    public string Id => nameof(ListLatencyColumn) + name;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var key = NodeBenchmarks.Case(benchmarkCase.Parameters[nameof(NodeBenchmarks.Nodes)], benchmarkCase.Parameters[nameof(NodeBenchmarks.Clients)]);
        if (!Rounds.TryGetValue((key, beside), out var rounds)) return "-";
        double[] sorted;
        lock (rounds) sorted = rounds.TakeLast(NodeBenchmarks.Iterations).SelectMany(r => r).Order().ToArray();
        return sorted.Length == 0 ? "-" : value(sorted);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;

    private static double Percentile(double[] sorted, double share) => sorted[(int)Math.Ceiling(share * sorted.Length) - 1];

    private static string Milliseconds(double ms) => ms.ToString("F1", CultureInfo.InvariantCulture);
}
