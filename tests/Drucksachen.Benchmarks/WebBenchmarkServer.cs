extern alias web;
using System.Net;
using Drucksachen.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;
using web::Drucksachen.Web;

namespace Drucksachen.Benchmarks;

/// <summary>
/// The web application as Program.cs builds it (Production, no demo), served by Kestrel on
/// 127.0.0.1 with a free port, on a given database; and an HTTP client for it. Loopback only.
/// Several servers on one database are nodes of one installation, each with its own services.
/// </summary>
public sealed class WebBenchmarkServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private readonly DatabaseSettings _database;

    private WebBenchmarkServer(WebApplication app, Uri address, DatabaseSettings database)
    {
        _app = app;
        _database = database;
        Address = address;
        Client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10), AllowAutoRedirect = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public Uri Address { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the application on the benchmark database of <paramref name="data"/> (made first if missing).</summary>
    public static WebBenchmarkServer Start(WebDataSet data) =>
        StartAsync(WebBenchmarkData.EnsureDatabase(data)).GetAwaiter().GetResult();

    /// <summary>
    /// Starts the application on <paramref name="database"/>. A <paramref name="node"/> name gives
    /// the server its own PostgreSQL connections (Npgsql pools connections by connection string, so
    /// nodes in one process would otherwise share a pool, as nodes in processes of their own do not).
    /// With <paramref name="demo"/> it loads the demo, as README's run command does.
    /// </summary>
    public static async Task<WebBenchmarkServer> StartAsync(DatabaseSettings database, string? node = null, bool demo = false)
    {
        if (node is not null && database.Provider == DatabaseProviders.PostgreSql)
            database = database with { ConnectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { ApplicationName = node }.ConnectionString };
        var root = BenchmarkProduct.RepositoryRoot();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // The pages are found in the web assembly (its compiled Razor views), not in the benchmark's.
            ApplicationName = typeof(WebOptions).Assembly.GetName().Name,
            ContentRootPath = Path.Combine(root, "src", "Drucksachen.Web"),
            EnvironmentName = "Production",
        });
        builder.Configuration.AddJsonFile(Path.Combine(root, "src", "Drucksachen.Cli", "appsettings.json"), optional: false);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:Drucksachen"] = database.ConnectionString,
            ["Web:Demo"] = demo ? "true" : "false",
            // Timers would record deadlines into the benchmark data while it is measured.
            ["Web:Timers:Enabled"] = "false",
            ["Drucksachen:WorkflowsPath"] = Path.Combine(root, "workflows"),
            ["Drucksachen:TemplatesPath"] = Path.Combine(root, "templates"),
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.AddDrucksachenWeb();

        var app = builder.Build();
        await app.InitializeDrucksachenWebAsync();
        app.UseDrucksachenWeb();
        await app.StartAsync();
        var address = app.Urls.Single(u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));
        return new WebBenchmarkServer(app, new Uri(address.TrimEnd('/') + "/"), database);
    }

    public int Get(string url) => GetAsync(url).GetAwaiter().GetResult();

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>GETs a page; fails unless 200. Returns the body length, so nothing is optimised away.</summary>
    public async Task<int> GetAsync(string url)
    {
        using var response = await Client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode}");
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        BenchmarkDatabases.ReleaseConnections(_database);
    }
}
