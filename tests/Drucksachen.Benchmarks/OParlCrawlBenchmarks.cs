extern alias web;

using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Drucksachen.Core;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Documents;
using Drucksachen.Core.Import;
using Drucksachen.Core.Papers;
using Drucksachen.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Drucksachen.Benchmarks;

/// <summary>
/// A full OParl crawl of 10,000 released papers (8,000 public) with their consultations, meetings,
/// agenda items and files: every list page and every object at its own URL, from /oparl on, in
/// process (WebApplicationFactory, no network). Objects per second = objects received / mean time.
/// Setup: the papers are imported and taken through submit, release and (every other one) a
/// recorded outcome with the Core use cases. The crawl never downloads file contents, so the first
/// PDF is rendered for real and its bytes are stored as every later paper's document, which keeps
/// the setup's time and database to what the crawl reads. On SQLite and on PostgreSQL side by side.
/// Run: DRUCKSACHEN_BENCH_POSTGRES=… dotnet run -c Release --project tests/Drucksachen.Benchmarks -- --filter '*OParl*'
/// </summary>
[Config(typeof(InProcessMonitoringConfig))]
[WarmupCount(1)]
[IterationCount(3)]
public class OParlCrawlBenchmarks
{
    /// <summary>
    /// In process: a generated benchmark project would have to restore the web application's
    /// packages anew, and the package source lacks some of them (Cryptography.KeyDerivation).
    /// </summary>
    /// <summary>10,000; OPARL_BENCH_PAPERS sets another number for a quick trial.</summary>
    private static readonly int Papers =
        int.TryParse(Environment.GetEnvironmentVariable("OPARL_BENCH_PAPERS"), out var papers) ? papers : 10_000;
    private string _folder = "";
    private DatabaseSettings _database = null!;
    private WebApplicationFactory<web::Program>? _factory;
    private HttpClient _client = null!;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    public static IEnumerable<string> Providers() => BenchmarkDatabases.Providers();

    /// <summary>Objects received by the last crawl (list items, objects at their URL, embedded objects).</summary>
    public static int LastObjects { get; private set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _folder = Directory.CreateTempSubdirectory("drucksachen-oparl-bench-").FullName;
        var root = BenchmarkProduct.RepositoryRoot();
        _database = BenchmarkDatabases.Create(Provider, _folder, "drucksachen_bench_oparl_" + Guid.NewGuid().ToString("N"));
        var settingsFile = Path.Combine(root, "src", "Drucksachen.Cli", "appsettings.json");
        // The setup's services end before the web application starts on the same database.
        {
            var options = await BenchmarkProduct.OptionsAsync();
            var clock = new ManualClock(new DateTimeOffset(2029, 12, 1, 9, 0, 0, TimeSpan.FromHours(1)));
            var services = new ServiceCollection()
                .AddSingleton<TimeProvider>(clock)
                .AddDrucksachenCore(options)
                .AddDrucksachenDatabase(_database);
            services.AddSingleton<PdfPaperRenderer>();
            services.AddSingleton<IPaperRenderer>(sp => new ReusedPdfRenderer(sp.GetRequiredService<PdfPaperRenderer>()));
            await using var provider = services.BuildServiceProvider();
            await provider.InitializeDrucksachenAsync(CancellationToken.None);
            var reader = provider.GetRequiredService<MarkdownPaperReader>();
            var imported = await provider.GetRequiredService<ImportPapers>().ExecuteAsync(
                Enumerable.Range(0, Papers).Select(i => reader.Read(GeneratedPapers.Markdown(i), $"oparl-{i}.md")).ToList(),
                ImportPapers.ImportActor, CancellationToken.None);
            var act = provider.GetRequiredService<ActOnPaper>();
            foreach (var paper in imported)
            {
                await act.ExecuteAsync(paper.Id.ToString(), new ActionInput("submit", "mueller"), CancellationToken.None);
                await act.ExecuteAsync(paper.Id.ToString(), new ActionInput("release", "horn"), CancellationToken.None);
            }
            // Released in time before their meetings; outcomes are recorded once the meetings have taken place.
            clock.Set(new DateTimeOffset(2031, 1, 6, 9, 0, 0, TimeSpan.FromHours(1)));
            for (var i = 0; i < imported.Count; i += 2)
                await act.ExecuteAsync(imported[i].Id.ToString(), new ActionInput("record", "krause", Outcome: Outcome.Noted), CancellationToken.None);
        }

        var flat = new ConfigurationBuilder().AddJsonFile(settingsFile).Build().AsEnumerable()
            .Where(p => p.Value is not null && !p.Key.StartsWith("ConnectionStrings", StringComparison.Ordinal) && !p.Key.StartsWith("Web", StringComparison.Ordinal))
            .ToList();
        _factory = new WebApplicationFactory<web::Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            // The factory would guess the web project's folder from the solution layout, wrongly.
            builder.UseContentRoot(Path.Combine(root, "src", "Drucksachen.Web"));
            foreach (var (key, value) in flat) builder.UseSetting(key, value);
            builder.UseSetting("Database:Provider", _database.Provider);
            builder.UseSetting("ConnectionStrings:Drucksachen", _database.ConnectionString);
            builder.UseSetting("Web:Demo", "false");
            builder.UseSetting("Web:PublicBaseUrl", "http://localhost");
            builder.UseSetting("Drucksachen:WorkflowsPath", Path.Combine(root, "workflows"));
            builder.UseSetting("Drucksachen:TemplatesPath", Path.Combine(root, "templates"));
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        });
        _client = _factory.CreateClient();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _factory?.Dispose();
        BenchmarkDatabases.Remove(_database);
        Directory.Delete(_folder, recursive: true);
        Console.WriteLine($"// OParl crawl: {LastObjects} objects per crawl");
    }

    [Benchmark]
    public async Task<int> CrawlEverything()
    {
        const string root = "http://localhost/oparl";
        var queue = new Queue<string>([root]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { root };
        var objects = 0;
        while (queue.TryDequeue(out var url))
        {
            using var response = await _client.GetAsync(url);
            response.EnsureSuccessStatusCode();
            await using var stream = await response.Content.ReadAsStreamAsync();
            using var json = await JsonDocument.ParseAsync(stream);
            Walk(json.RootElement);
        }
        LastObjects = objects;
        return objects;

        void Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String) objects++;
                    foreach (var property in element.EnumerateObject()) Walk(property.Value);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray()) Walk(item);
                    break;
                case JsonValueKind.String:
                    var text = element.GetString()!;
                    if (text.StartsWith(root, StringComparison.Ordinal) && !text.EndsWith("/access", StringComparison.Ordinal)
                        && !text.EndsWith("/download", StringComparison.Ordinal) && seen.Add(text))
                        queue.Enqueue(text);
                    break;
            }
        }
    }

    /// <summary>Renders the first paper for real and hands out that PDF for every later one.</summary>
    private sealed class ReusedPdfRenderer(PdfPaperRenderer renderer) : IPaperRenderer
    {
        private RenderedPaper? _first;

        public RenderedPaper Render(Paper paper) => _first ??= renderer.Render(paper);
    }
}
