using System.Text.Json;
using Drucksachen.Core;
using Drucksachen.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Benchmarks;

/// <summary>The product as the CLI builds it, on a fresh SQLite file in a temporary folder.</summary>
public sealed class BenchmarkProduct : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("drucksachen-bench-").FullName;

    private BenchmarkProduct(ManualClock clock) => Clock = clock;

    public ManualClock Clock { get; }
    public ServiceProvider Services { get; private set; } = null!;
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static async Task<BenchmarkProduct> StartAsync(DateTimeOffset now)
    {
        var product = new BenchmarkProduct(new ManualClock(now));
        var root = RepositoryRoot();
        using var settings = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(root, "src", "Drucksachen.Cli", "appsettings.json")));
        var options = settings.RootElement.GetProperty("Drucksachen").Deserialize<DrucksachenOptions>()!;
        options.WorkflowsPath = Path.Combine(root, "workflows");
        options.TemplatesPath = Path.Combine(root, "templates");

        product.Services = new ServiceCollection()
            .AddSingleton<TimeProvider>(product.Clock)
            .AddDrucksachenCore(options)
            .AddDrucksachenDatabase(new DatabaseSettings(DatabaseProviders.Sqlite, $"Data Source={Path.Combine(product._folder, "bench.db")}"))
            .BuildServiceProvider();
        await product.Services.InitializeDrucksachenAsync(CancellationToken.None);
        return product;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Drucksachen.sln"))) return dir.FullName;
        throw new InvalidOperationException("run the benchmarks from inside the repository (Drucksachen.sln not found above " + AppContext.BaseDirectory + ")");
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
