using BenchmarkDotNet.Columns;

namespace Drucksachen.Benchmarks;

/// <summary>
/// <see cref="NodeBenchmarks"/>: 5 rounds of actions after 5 warm-up rounds, with the list's
/// latencies beside the actions per second and without them.
/// </summary>
public sealed class NodeBenchmarkConfig : WebBenchmarkConfig
{
    public NodeBenchmarkConfig() : base(NodeBenchmarks.Warmups, NodeBenchmarks.Iterations)
    {
        AddColumn(ListLatencyColumn.P95, ListLatencyColumn.Median, ListLatencyColumn.Requests, ListLatencyColumn.AloneP95);
        // The percentile of five rounds' means says nothing, and beside the list's it would mislead.
        HideColumns(StatisticColumn.P95);
    }
}
