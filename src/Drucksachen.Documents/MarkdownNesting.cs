using System.Text;
using Markdig;
using Markdig.Syntax;

namespace Drucksachen.Documents;

/// <summary>
/// How deeply a paper's Markdown nests block quotes and lists, measured on the source lines without
/// parsing it. Markdig's parse time grows with the square of the nesting depth, and it refuses
/// documents nested beyond its own limit; so imports refuse text deeper than <see cref="MaxDepth"/>, and
/// every renderer parses stored text with <see cref="Parse"/>, which shows text that is too deep
/// (stored before the limit, or written to the database directly) as plain text instead of failing.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>Quotes and list levels inside one another; council papers use three or four.</summary>
    public const int MaxDepth = 16;

    /// <summary>The deepest line: its nesting depth and its number (1-based; 0 for empty text).</summary>
    /// <remarks>
    /// A line's depth is the count of its leading quote ('>') and list markers plus half its
    /// indentation, since a nested list needs at least two columns per level. Lines inside fenced code
    /// are text and count nothing.
    /// </remarks>
    public static (int Depth, int Line) Deepest(string markdown)
    {
        var (depth, deepestLine, lineNo) = (0, 0, 0);
        string? fence = null;
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            lineNo++;
            var trimmed = line.TrimStart(" \t");
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal)) fence = null;
                continue;
            }
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = trimmed[..3].ToString();
                continue;
            }
            var lineDepth = LineDepth(line);
            if (lineDepth > depth) (depth, deepestLine) = (lineDepth, lineNo);
        }
        return (depth, deepestLine);
    }

    /// <summary>The text itself, or as plain text when it nests deeper than <see cref="MaxDepth"/>.</summary>
    public static string Guard(string markdown) =>
        Deepest(markdown).Depth > MaxDepth ? AsPlainText(markdown) : markdown;

    /// <summary>
    /// Parses the text, as plain text when it nests too deeply: deeper than <see cref="MaxDepth"/> in
    /// quotes and lists, or beyond Markdig's own limit in any other way (e.g. thousands of brackets or
    /// emphasis marks in one paragraph), which Markdig refuses with an <see cref="ArgumentException"/>.
    /// </summary>
    public static MarkdownDocument Parse(string markdown, MarkdownPipeline pipeline)
    {
        try
        {
            return Markdown.Parse(Guard(markdown), pipeline);
        }
        catch (ArgumentException)
        {
            return Markdown.Parse(AsPlainText(markdown), pipeline);
        }
    }

    /// <summary>
    /// The text without its quote and list markers and indentation, and with every other Markdown
    /// mark escaped, so that it parses into plain paragraphs with nothing nested. The fallback for
    /// text a parser refuses.
    /// </summary>
    public static string AsPlainText(string markdown)
    {
        var plain = new StringBuilder(markdown.Length + markdown.Length / 4);
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            foreach (var ch in line[Containers(line).End..])
            {
                if (char.IsAsciiLetterOrDigit(ch) || !char.IsAscii(ch) || ch is ' ' or '\t') plain.Append(ch);
                else plain.Append('\\').Append(ch);
            }
            plain.Append('\n');
        }
        return plain.ToString();
    }

    private static int LineDepth(ReadOnlySpan<char> line)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] is ' ' or '\t') indent++;
        var depth = line[..indent].Count('\t') * 2 + line[..indent].Count(' ') / 2;
        return depth + Containers(line).Markers;
    }

    // Where a line's text begins after its indentation and its quote and list markers, and how many markers there are.
    private static (int End, int Markers) Containers(ReadOnlySpan<char> line)
    {
        var (i, markers) = (0, 0);
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t') i++;
            if (i >= line.Length) return (i, markers);
            var marker = MarkerLength(line[i..]);
            if (marker == 0) return (i, markers);
            markers++;
            i += marker;
        }
    }

    // A quote marker '>', a bullet ('-', '+', '*') or an ordered marker (up to nine digits and '.' or ')'),
    // the list markers followed by a space, a tab or the end of the line.
    private static int MarkerLength(ReadOnlySpan<char> rest)
    {
        if (rest[0] == '>') return 1;
        var length = rest[0] is '-' or '+' or '*' ? 1 : 0;
        if (length == 0)
        {
            var digits = 0;
            while (digits < rest.Length && digits < 10 && char.IsAsciiDigit(rest[digits])) digits++;
            if (digits is 0 or > 9 || digits >= rest.Length || rest[digits] is not ('.' or ')')) return 0;
            length = digits + 1;
        }
        return length == rest.Length || rest[length] is ' ' or '\t' ? length : 0;
    }
}
