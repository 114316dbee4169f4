using Drucksachen.Documents;

namespace Drucksachen.Core.Input;

/// <summary>
/// The limits of what the product takes in, in one place (README, "Limits"). Every input is checked
/// against them where it enters (import by API and CLI, the draft form, actions, accounts, tokens), so
/// nothing stored can make a page, a PDF or a list slow or fail.
/// </summary>
public static class InputLimits
{
    /// <summary>One paper's Markdown file, in UTF-8 bytes; a long council paper has about 50,000.</summary>
    public const int PaperBytes = 1_000_000;

    /// <summary>One section's text, in characters.</summary>
    public const int SectionChars = 200_000;

    /// <summary>Quotes and list levels inside one another (see <see cref="MarkdownNesting"/>).</summary>
    public const int NestingDepth = MarkdownNesting.MaxDepth;

    /// <summary>A one-line field: title, signature, names, dates, outcomes, office and body names.</summary>
    public const int LineChars = 500;

    /// <summary>A free text of several lines that is not a section, e.g. an action's comment.</summary>
    public const int TextChars = 10_000;

    /// <summary>An API token's name.</summary>
    public const int TokenNameChars = 100;

    /// <summary>Papers in one import request of the API: an import of this many takes seconds, not minutes.</summary>
    public const int PapersPerRequest = 10_000;

    /// <summary>One HTTP request's body, in bytes (web forms and API).</summary>
    public const int RequestBodyBytes = 16 * 1024 * 1024;
}
