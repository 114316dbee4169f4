using System.Text.RegularExpressions;

namespace Drucksachen.Cli;

/// <summary>The command-line parser's messages in the words of the rest of the CLI, without .NET type names.</summary>
internal static partial class CliMessages
{
    public static string Plain(string parserMessage) =>
        ExpectedType().Replace(parserMessage, m => "as " + (m.Groups["type"].Value switch
        {
            "System.Int32" or "System.Int64" or "System.Nullable`1[System.Int32]" => "a whole number",
            "System.Guid" => "an id (like 0f8fad5b-d9cb-469f-a165-70867728950e)",
            "System.Boolean" => "true or false",
            var other => "a value of the kind " + other[(other.LastIndexOf('.') + 1)..].TrimEnd(']').ToLowerInvariant(),
        }));

    [GeneratedRegex(@"as expected type '(?<type>[^']+)'")]
    private static partial Regex ExpectedType();
}
