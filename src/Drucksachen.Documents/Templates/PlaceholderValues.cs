using System.Globalization;
using System.Text;

namespace Drucksachen.Documents.Templates;

/// <summary>What each placeholder stands for. Single values are escaped so a title can never become Markdown
/// markup; sections are Markdown by contract and only have their raw HTML normalised.</summary>
internal static partial class PlaceholderValues
{
    // The gender star (Bürger*innen) is common in German papers; intraword emphasis with '*' is not.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\p{L})\*(?=\p{L})")]
    private static partial System.Text.RegularExpressions.Regex GenderStar();

    public static readonly IReadOnlyList<string> Names =
        ["title", "number", "publicity", "lead_office", "author", "date", "signature", "attachments"];

    public static string Resolve(string name, PaperDocument paper) => name switch
    {
        "title" => Escape(paper.Title),
        "number" => Escape(paper.Number ?? "Entwurf"),
        "publicity" => paper.IsPublic ? "öffentlich" : "nicht öffentlich",
        "lead_office" => Escape(paper.LeadOffice),
        "author" => Escape(paper.Author),
        "date" => paper.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        "signature" => Escape(paper.Signature),
        "attachments" => Attachments(paper.Attachments),
        _ when name.StartsWith("sections.", StringComparison.Ordinal) =>
            paper.Sections.TryGetValue(name["sections.".Length..], out var markdown) ? Section(markdown) : "",
        _ => throw new InvalidOperationException($"Placeholder '{name}' passed validation but has no value."),
    };

    /// <summary>Stored Markdown as a template places it: pasted HTML structure normalised, too deep nesting flattened,
    /// the gender star kept as text.</summary>
    public static string Section(string markdown) =>
        GenderStar().Replace(MarkdownNesting.Guard(HtmlFragmentConverter.ToMarkdown(markdown)), @"\*");

    private static string Attachments(IReadOnlyList<string> attachments)
    {
        if (attachments.Count == 0)
            return "keine";
        var list = new StringBuilder();
        for (var i = 0; i < attachments.Count; i++)
            list.Append(CultureInfo.InvariantCulture, $"{i + 1}. {Escape(attachments[i])}\n");
        return list.ToString();
    }

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~' or '!' or '&')
                escaped.Append('\\');
            escaped.Append(c is '\r' or '\n' ? ' ' : c);
        }
        return escaped.ToString();
    }
}
