using System.Text;
using Drucksachen.Persistence;
using Drucksachen.Testing;
using System.Data.Common;

namespace Drucksachen.Cli.Tests.TestSupport;

/// <summary>
/// One test's world: a temporary folder with its own database (<see cref="TestDatabase"/>), and the `drucksachen` command line
/// run in-process against it. Deleted again on dispose.
/// </summary>
public sealed class CliSandbox : IDisposable
{
    private readonly TestDatabase _database;

    /// <param name="provider">The database provider; null for <see cref="TestDatabase.ProviderUnderTest"/>.</param>
    public CliSandbox(string? provider = null) => _database = TestDatabase.Create("drucksachen-cli-tests-", provider);

    /// <summary>The database provider (<c>Database:Provider</c>).</summary>
    public string Provider => _database.Provider;

    public string Folder => _database.Folder;

    public string ConnectionString => _database.ConnectionString;

    /// <summary>Where the command line says the database is.</summary>
    public string DatabaseDescription => _database.Description;

    /// <summary>Further configuration for every run, e.g. a fonts folder; it wins over the database's keys.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>The clock the command line runs on; null for the system's.</summary>
    public TimeProvider? Clock { get; set; }

    /// <summary>Runs `drucksachen ARGS` against this sandbox's database.</summary>
    public Task<CliResult> RunAsync(params string[] args)
    {
        var settings = new Dictionary<string, string?>(_database.ConfigurationKeys);
        foreach (var (key, value) in Settings) settings[key] = value;
        return RunAsync(settings, Clock, args);
    }

    /// <summary>Runs `drucksachen ARGS` against <paramref name="database"/>.</summary>
    public static Task<CliResult> RunAsync(DatabaseSettings database, params string[] args) =>
        RunAsync(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:Drucksachen"] = database.ConnectionString,
        }, null, args);

    private static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string?> settings, TimeProvider? clock, string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, stdout, stderr, settings, clock);
        return new CliResult(args, exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs a command that must succeed and returns its result.</summary>
    public async Task<CliResult> RunOkAsync(params string[] args)
    {
        var result = await RunAsync(args);
        Assert.True(result.ExitCode == 0, $"expected exit 0, got {result}");
        return result;
    }

    /// <summary>Writes a file into the sandbox and returns its full path.</summary>
    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    /// <summary>The sandbox's database, e.g. to tally it or run another command line against it.</summary>
    public TestDatabase Database => _database;

    /// <summary>An open connection to the sandbox database, for what the command line must not be able to do.</summary>
    public DbConnection OpenDatabase() => _database.OpenConnection();

    public void Dispose() => _database.Dispose();
}
