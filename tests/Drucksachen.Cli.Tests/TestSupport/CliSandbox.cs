using System.Text;
using Microsoft.Data.Sqlite;

namespace Drucksachen.Cli.Tests.TestSupport;

/// <summary>
/// One test's world: a temporary folder with its own database, and the `drucksachen` command line
/// run in-process against it. Deleted again on dispose.
/// </summary>
public sealed class CliSandbox : IDisposable
{
    public CliSandbox()
    {
        Folder = Path.Combine(Path.GetTempPath(), "drucksachen-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        ConnectionString = $"Data Source={Path.Combine(Folder, "t.db")}";
    }

    public string Folder { get; }

    public string ConnectionString { get; }

    /// <summary>Further configuration for every run, e.g. a fonts folder.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Runs `drucksachen ARGS` against this sandbox's database.</summary>
    public async Task<CliResult> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var settings = new Dictionary<string, string?>(Settings) { ["ConnectionStrings:Drucksachen"] = ConnectionString };
        var exitCode = await CliApp.RunAsync(args, stdout, stderr, settings);
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

    /// <summary>An open connection to the sandbox database, for what the command line must not be able to do.</summary>
    public SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        // Pooled connections keep the database file open; let go of them before deleting it.
        using (var connection = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(connection);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail the test.
        }
    }
}
