using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Drucksachen.Cli;

/// <summary>Writes a command's result as text for people or, with --json, as JSON for scripts.</summary>
internal sealed class CliOutput(TextWriter text, TextWriter errors, bool json)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Umlauts and „quotes“ stay readable; the output is not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public bool Json => json;

    public TextWriter Text => text;

    /// <summary>Writes <paramref name="model"/> as JSON, or calls <paramref name="writeText"/>.</summary>
    public void Write<T>(T model, Action<TextWriter> writeText)
    {
        if (json) text.WriteLine(JsonSerializer.Serialize(model, JsonOptions));
        else writeText(text);
    }

    /// <summary>One line on standard error (JSON: an object with the error and the exit code).</summary>
    public void Error(string message, int exitCode)
    {
        if (json) errors.WriteLine(JsonSerializer.Serialize(new { error = message, exitCode }, JsonOptions));
        else errors.WriteLine("error: " + message);
    }
}
