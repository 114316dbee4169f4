namespace Drucksachen.Core.Errors;

/// <summary>
/// An error a user can cause and act on. The edges (CLI, web) turn <see cref="Kind"/> into an exit
/// code or an HTTP status and show <see cref="Exception.Message"/> as one line, never a stack trace.
/// </summary>
public class DrucksachenException(ErrorKind kind, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public ErrorKind Kind { get; } = kind;

    /// <summary>The error as a key and values for edges that word it themselves; null where the kind says enough.</summary>
    public ErrorText? Text { get; init; }
}
