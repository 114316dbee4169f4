namespace Drucksachen.Documents.Templates;

/// <summary>A template cannot be used: syntax error, unknown placeholder, bad front matter or unknown template name.
/// The message names the file, the line and, where there is one, the placeholder.</summary>
public sealed class TemplateException : DocumentException
{
    public TemplateException(string file, int line, string? placeholder, string problem)
        : base(Describe(file, line, placeholder, problem))
    {
        File = file;
        Line = line;
        Placeholder = placeholder;
    }

    /// <summary>Path of the template file (or the requested template name when none was found).</summary>
    public string File { get; }

    /// <summary>1-based line in <see cref="File"/>; 0 when the problem is not tied to a line.</summary>
    public int Line { get; }

    /// <summary>Name of the offending placeholder, if the problem is one.</summary>
    public string? Placeholder { get; }

    private static string Describe(string file, int line, string? placeholder, string problem)
    {
        var where = line > 0 ? $"{file}, line {line}" : file;
        return placeholder is null ? $"{where}: {problem}" : $"{where}: placeholder '{placeholder}': {problem}";
    }
}
