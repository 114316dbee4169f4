namespace Drucksachen.Core.Errors;

/// <summary>Bad input, located as precisely as the input allows: file, line and field.</summary>
public class InputException : DrucksachenException
{
    public InputException(string? file, int? line, string? field, string reason)
        : base(ErrorKind.BadInput, Format(file, line, field, reason))
    {
        File = file;
        Line = line;
        Field = field;
        Reason = reason;
    }

    /// <summary>The same, with the key and values an edge words in its own language (see <see cref="ErrorText"/>).</summary>
    public InputException(string? file, int? line, string? field, string reason, ErrorText text)
        : this(file, line, field, reason) => Text = text;

    public string? File { get; }
    public int? Line { get; }
    public string? Field { get; }
    public string Reason { get; }

    private static string Format(string? file, int? line, string? field, string reason)
    {
        var where = file is null ? "" : line is null ? $"{file}: " : $"{file}:{line}: ";
        var what = field is null ? "" : field.StartsWith("--", StringComparison.Ordinal) ? $"option '{field}': " : $"field '{field}': ";
        return where + what + reason;
    }
}
