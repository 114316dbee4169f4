using System.Globalization;
using Drucksachen.Persistence;

namespace Drucksachen.Benchmarks;

/// <summary>Which database and how many papers a web benchmark runs on (see <see cref="WebBenchmarkData"/>).</summary>
public sealed record WebDataSet(string Provider, int Papers)
{
    /// <summary>
    /// 100,000 papers on SQLite; and, if <see cref="BenchmarkDatabases.Variable"/> is set, 100,000 and
    /// (unless <paramref name="large"/> is false) 1,000,000 on PostgreSQL.
    /// </summary>
    public static IEnumerable<WebDataSet> All(bool large = true) =>
        BenchmarkDatabases.Providers().SelectMany(provider => provider == DatabaseProviders.PostgreSql && large
            ? new[] { new WebDataSet(provider, WebBenchmarkData.Papers), new WebDataSet(provider, WebBenchmarkData.Papers * PostgreSqlCopies.Factor) }
            : [new WebDataSet(provider, WebBenchmarkData.Papers)]);

    public static WebDataSet Default { get; } = new(DatabaseProviders.Sqlite, WebBenchmarkData.Papers);

    // Shown in the summary's column.
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Provider} {Papers:N0}");
}
