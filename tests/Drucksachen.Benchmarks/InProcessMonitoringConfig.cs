using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Drucksachen.Benchmarks;

/// <summary>
/// Our benchmarks run in this process: a separate benchmark process would have to restore packages
/// that the ASP.NET Core shared framework provides (Identity), which the package source lacks.
/// Each measured operation is long, so it is timed as is (monitoring) rather than in tight loops;
/// benchmarks set their own warm-up and iteration counts with [WarmupCount] and [IterationCount].
/// A benchmark may take up to an hour (the toolchain's default of five minutes ends an import of
/// 10,000 papers on a busy machine, or a setup that makes its database).
/// </summary>
public sealed class InProcessMonitoringConfig : ManualConfig
{
    public InProcessMonitoringConfig() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1).WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true)));
}
