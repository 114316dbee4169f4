using Drucksachen.Documents;
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
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public string Render(string markdown)
    {
        var document = MarkdownNesting.Parse(markdown, _pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!LinkTargets.IsSafe(link.Url)) link.Url = "#";
        }
        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && !LinkTargets.IsSafe(autolink.Url)) autolink.Url = "#";
        }
        return document.ToHtml(_pipeline);
    }
}
