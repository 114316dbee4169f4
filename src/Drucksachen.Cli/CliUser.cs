using Drucksachen.Core.Errors;

namespace Drucksachen.Cli;

/// <summary>Who a command runs as: --as USER, else $DRUCKSACHEN_USER.</summary>
internal static class CliUser
{
    public const string Variable = "DRUCKSACHEN_USER";

    /// <summary>The user given, or null (also for --as ""): then the command reads as the public does.</summary>
    public static string? Given(string? option) =>
        (option ?? Environment.GetEnvironmentVariable(Variable)) is { } user && !string.IsNullOrWhiteSpace(user) ? user.Trim() : null;

    /// <summary>The user who acts; a change needs one.</summary>
    public static string Acting(string? option) =>
        Given(option) ?? throw new InputException(null, null, "--as", $"say who acts: --as USER (or set {Variable})");
}
