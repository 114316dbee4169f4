using System.Text.Json;
using Drucksachen.Core;
using Drucksachen.Persistence;
using Drucksachen.Persistence.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Benchmarks;

/// <summary>
/// The product as the CLI builds it, on a fresh database of the given provider (a SQLite file in a
/// temporary folder, or a PostgreSQL database of its own, see <see cref="BenchmarkDatabases"/>).
/// </summary>
public sealed class BenchmarkProduct : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("drucksachen-bench-").FullName;
    private DatabaseSettings? _database;

    private BenchmarkProduct(ManualClock clock) => Clock = clock;

    public ManualClock Clock { get; }
    public ServiceProvider Services { get; private set; } = null!;
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// Starts the product on a new database. <paramref name="sqliteSynchronousNormal"/> commits on
    /// SQLite with synchronous=NORMAL instead of the product's FULL, to measure what FULL costs.
    /// </summary>
    public static async Task<BenchmarkProduct> StartAsync(DateTimeOffset now, string provider = DatabaseProviders.Sqlite, bool sqliteSynchronousNormal = false)
    {
        var product = new BenchmarkProduct(new ManualClock(now));
        product._database = BenchmarkDatabases.Create(provider, product._folder, "drucksachen_bench_" + Guid.NewGuid().ToString("N"));
        SqlitePragmas.Synchronous = sqliteSynchronousNormal ? "NORMAL" : SqlitePragmas.Durable;
        product.Services = new ServiceCollection()
            .AddSingleton<TimeProvider>(product.Clock)
            .AddDrucksachenCore(await OptionsAsync())
            .AddDrucksachenDatabase(product._database)
            .BuildServiceProvider();
        await product.Services.InitializeDrucksachenAsync(CancellationToken.None);
        return product;
    }

    /// <summary>The CLI's settings (appsettings.json), with the repository's workflows and templates.</summary>
    public static async Task<DrucksachenOptions> OptionsAsync()
    {
        var root = RepositoryRoot();
        using var settings = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(root, "src", "Drucksachen.Cli", "appsettings.json")));
        var options = settings.RootElement.GetProperty("Drucksachen").Deserialize<DrucksachenOptions>()!;
        options.WorkflowsPath = Path.Combine(root, "workflows");
        options.TemplatesPath = Path.Combine(root, "templates");
        return options;
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
        if (_database is not null) BenchmarkDatabases.Remove(_database);
        SqlitePragmas.Synchronous = SqlitePragmas.Durable;
        Directory.Delete(_folder, recursive: true);
    }
}
