using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Benchmarks;

/// <summary>
/// The meetings list (/Sitzungen) over HTTP with 5,000 meetings: every body of the shipped
/// configuration meeting through the years 2016 to 2026, each meeting with the body's standard
/// items, made through the use case (numbers, history) in the setup on a new database per provider.
/// One request per invocation, anonymous visitor, so P95 is the 95th percentile of single requests.
/// Run: dotnet run -c Release --project tests/Drucksachen.Benchmarks -- --filter '*MeetingList*'
/// </summary>
[Config(typeof(WebListConfig))]
public class MeetingListBenchmarks
{
    public const int Meetings = 5_000;
    private const string Clerk = "krause";

    private string _folder = "";
    private Persistence.DatabaseSettings _database = null!;
    private WebBenchmarkServer _server = null!;

    public static IEnumerable<string> Providers() => BenchmarkDatabases.Providers();

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = Persistence.DatabaseProviders.Sqlite;

    // Synchronous on purpose: the in-process toolchain does not await asynchronous setups.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _folder = Directory.CreateTempSubdirectory("drucksachen-bench-meetings-").FullName;
        _database = BenchmarkDatabases.Create(Provider, _folder, "drucksachen_bench_meetings");
        _server = await WebBenchmarkServer.StartAsync(_database);
        var watch = Stopwatch.StartNew();
        var bodies = _server.Services.GetRequiredService<City>().Bodies;
        var create = _server.Services.GetRequiredService<CreateMeeting>();
        var first = new DateOnly(2016, 1, 4);
        // 5,000 meetings over 4,011 days, the bodies in turn: about 38 a month, one body every week or so.
        for (var i = 0; i < Meetings; i++)
        {
            var day = first.AddDays(i * 4011 / Meetings);
            await create.ExecuteAsync(new MeetingInput(bodies[i % bodies.Count].Key, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Clerk),
                CancellationToken.None);
        }
        Console.WriteLine($"// made {Meetings:N0} meetings on {Provider} in {watch.Elapsed.TotalSeconds:F0} s");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _server.Dispose();
        BenchmarkDatabases.Remove(_database);
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "meetings of a month")]
    public int Month() => _server.Get("Sitzungen?monat=2023-03");

    [Benchmark(Description = "meetings of a month, one body")]
    public int MonthOfBody() => _server.Get("Sitzungen?monat=2023-03&gremium=sag");

    [Benchmark(Description = "meetings, no month given")]
    public int CurrentMonth() => _server.Get("Sitzungen");

    [Benchmark(Description = "public calendar feed of a body")]
    public int Feed() => _server.Get("Sitzungen.ics?gremium=sag");
}
