using Markdig.Syntax;

namespace Drucksachen.Documents.Layout;

/// <summary>Lays out one kind of Markdown node, like Markdig's IMarkdownObjectRenderer does for HTML.</summary>
internal interface ILayoutObjectRenderer
{
    bool Accept(MarkdownObject node);

    void Write(LayoutRenderer renderer, MarkdownObject node);
}
