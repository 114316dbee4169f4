using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Drucksachen.Documents.Templates;

/// <summary>Reads a template file: <c>---</c> YAML front matter <c>---</c>, then Markdown with <c>{{ name }}</c> placeholders.</summary>
internal static partial class TemplateParser
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    [GeneratedRegex(@"\{\{(.*?)\}\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$")]
    private static partial Regex NamePattern();

    public static PaperTemplate Parse(string file, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
            throw new TemplateException(file, 1, null, "the file must start with a '---' line opening the YAML front matter.");
        var close = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (close < 0)
            throw new TemplateException(file, 1, null, "the YAML front matter is not closed by a '---' line.");

        var frontMatter = ReadFrontMatter(file, string.Join('\n', lines[1..close]));
        var kind = ReadKind(file, lines, close, frontMatter);
        CheckWording(file, lines, close, kind, frontMatter);
        var body = ReadBody(file, lines, close + 1, kind, frontMatter);
        return new PaperTemplate(file, kind, frontMatter, body);
    }

    private static TemplateFrontMatter ReadFrontMatter(string file, string yaml)
    {
        TemplateFrontMatter? result;
        try
        {
            result = Yaml.Deserialize<TemplateFrontMatter>(yaml);
        }
        catch (YamlException e)
        {
            // +1 for the opening '---' line.
            var reason = e.InnerException?.Message ?? e.Message;
            throw new TemplateException(file, (int)e.Start.Line + 1, null, $"front matter is not valid: {reason}");
        }
        if (result is null || result.Name.Length == 0 || result.Version.Length == 0 || result.Heading.Length == 0)
            throw new TemplateException(file, 2, null, "front matter needs 'name', 'version' and 'heading'.");
        return result;
    }

    private static TemplateKind ReadKind(string file, string[] lines, int close, TemplateFrontMatter frontMatter)
    {
        TemplateKind? kind = frontMatter.Document switch
        {
            "paper" => TemplateKind.Paper,
            "invitation" => TemplateKind.Invitation,
            "minutes" => TemplateKind.Minutes,
            _ => null,
        };
        if (kind is null)
            throw new TemplateException(file, FrontMatterLine(lines, close, "document"), null,
                $"'document: {frontMatter.Document}' is unknown; use paper (the default), invitation or minutes.");
        if (kind != TemplateKind.Paper && frontMatter.Sections.Count > 0)
            throw new TemplateException(file, FrontMatterLine(lines, close, "sections"), null,
                "a meeting document has no sections; its placeholders name what it prints.");
        return kind.Value;
    }

    private static void CheckWording(string file, string[] lines, int close, TemplateKind kind, TemplateFrontMatter frontMatter)
    {
        var allowed = kind == TemplateKind.Paper ? frontMatter.Sections : MeetingPlaceholderValues.WordingKeys;
        if (frontMatter.Wording.Keys.FirstOrDefault(k => !allowed.Contains(k)) is not { } unknown) return;
        throw new TemplateException(file, FrontMatterLine(lines, close, unknown), "wording." + unknown, kind == TemplateKind.Paper
            ? $"wording for an undeclared section; declare it under 'sections:' ({string.Join(", ", frontMatter.Sections)})."
            : $"unknown wording; a meeting document knows {string.Join(", ", allowed)}.");
    }

    /// <summary>1-based line of <paramref name="key"/> in the front matter; the first front matter line if it is not found.</summary>
    private static int FrontMatterLine(string[] lines, int close, string key)
    {
        var line = Array.FindIndex(lines, 1, close - 1, l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal));
        return line < 0 ? 2 : line + 1;
    }

    private static List<TemplateSegment> ReadBody(string file, string[] lines, int first, TemplateKind kind, TemplateFrontMatter frontMatter)
    {
        var segments = new List<TemplateSegment>();
        var literal = new StringBuilder();
        for (var i = first; i < lines.Length; i++)
        {
            var line = lines[i];
            var lineNumber = i + 1;
            var position = 0;
            foreach (Match match in PlaceholderPattern().Matches(line))
            {
                CheckNoStrayBraces(file, lineNumber, line.AsSpan(position, match.Index - position));
                literal.Append(line, position, match.Index - position);
                if (literal.Length > 0)
                    segments.Add(new TemplateSegment(literal.ToString(), null, lineNumber));
                literal.Clear();
                var name = match.Groups[1].Value.Trim();
                if (kind == TemplateKind.Paper)
                    Validate(file, lineNumber, name, frontMatter);
                else
                    ValidateMeeting(file, lineNumber, name, frontMatter);
                segments.Add(new TemplateSegment("", name, lineNumber));
                position = match.Index + match.Length;
            }
            CheckNoStrayBraces(file, lineNumber, line.AsSpan(position));
            literal.Append(line, position, line.Length - position).Append('\n');
        }
        if (literal.Length > 0)
            segments.Add(new TemplateSegment(literal.ToString(), null, lines.Length));
        return segments;
    }

    private static void CheckNoStrayBraces(string file, int line, ReadOnlySpan<char> text)
    {
        if (text.Contains("{{", StringComparison.Ordinal))
            throw new TemplateException(file, line, null, "'{{' is not closed by '}}' on the same line.");
        if (text.Contains("}}", StringComparison.Ordinal))
            throw new TemplateException(file, line, null, "'}}' has no opening '{{'.");
    }

    private static void Validate(string file, int line, string name, TemplateFrontMatter frontMatter)
    {
        if (!NamePattern().IsMatch(name))
            throw new TemplateException(file, line, name, "not a valid placeholder name (lower-case letters, digits, '_', one optional '.').");
        if (name.StartsWith("sections.", StringComparison.Ordinal))
        {
            var key = name["sections.".Length..];
            if (!frontMatter.Sections.Contains(key))
                throw new TemplateException(file, line, name,
                    $"unknown section '{key}'; declare it under 'sections:' in the front matter ({string.Join(", ", frontMatter.Sections)}).");
            return;
        }
        if (!PlaceholderValues.Names.Contains(name))
            throw new TemplateException(file, line, name,
                $"unknown placeholder; known are {string.Join(", ", PlaceholderValues.Names)} and sections.<key>.");
    }

    private static void ValidateMeeting(string file, int line, string name, TemplateFrontMatter frontMatter)
    {
        if (!MeetingPlaceholderValues.Names.Contains(name))
            throw new TemplateException(file, line, name,
                $"unknown placeholder; a meeting document knows {string.Join(", ", MeetingPlaceholderValues.Names)}.");
        if (name == "urgency" && !frontMatter.Wording.ContainsKey("urgent"))
            throw new TemplateException(file, line, name, "needs the urgent notice's wording under 'wording: urgent:' in the front matter.");
    }
}
