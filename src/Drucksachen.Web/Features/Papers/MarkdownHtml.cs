using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Drucksachen.Web.Features.Papers;

/// <summary>
/// Markdown of a paper's sections as HTML for the paper page. Raw HTML in the source is escaped,
/// never passed through, and links and images may only point to http(s), mail or this site, so a
/// paper cannot bring scripts or styles into the page.
/// </summary>
public sealed class MarkdownHtml
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public string Render(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url)) link.Url = "#";
        }
        return document.ToHtml(_pipeline);
    }

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        // No scheme before the first path, query or fragment character: a relative link.
        if (colon < 0 || (slash >= 0 && slash < colon)) return true;
        return AllowedSchemes.Contains(url[..colon].Trim().ToLowerInvariant());
    }
}
