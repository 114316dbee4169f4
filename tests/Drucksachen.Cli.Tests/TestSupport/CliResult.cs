using System.Text.Json;

namespace Drucksachen.Cli.Tests.TestSupport;

/// <summary>What one run of the command line wrote and returned.</summary>
public sealed record CliResult(string[] Args, int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Standard output parsed as JSON (for runs with --json).</summary>
    public JsonElement Json => Parse(Stdout, "stdout");

    /// <summary>Standard error parsed as JSON (for failed runs with --json).</summary>
    public JsonElement ErrorJson => Parse(Stderr, "stderr");

    /// <summary>The non-empty lines of standard error.</summary>
    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() =>
        $"drucksachen {string.Join(' ', Args)} -> exit {ExitCode}\n--- stdout:\n{Stdout}\n--- stderr:\n{Stderr}";

    private JsonElement Parse(string text, string stream)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new Xunit.Sdk.XunitException($"{stream} is not JSON ({e.Message}): {this}");
        }
    }
}
