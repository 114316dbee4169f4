using Markdig.Syntax.Inlines;

namespace Drucksachen.Documents.Layout.Renderers;

/// <summary>Links are coloured and clickable. An image inside running text is set as its alternative text.</summary>
internal sealed class LinkInlineRenderer : LayoutObjectRenderer<LinkInline>
{
    protected override void Write(LayoutRenderer renderer, LinkInline node)
    {
        if (node.IsImage)
        {
            ImageWithoutAltTextException.Require(node);
            renderer.AddText("[");
            renderer.WriteInlines(node);
            renderer.AddText("]");
            return;
        }
        var (outerStyle, outerLink) = (renderer.Style, renderer.Link);
        renderer.Style = renderer.Style with { Ink = Ink.Link };
        // An unsafe target is set as coloured text without a link.
        renderer.Link = LinkTargets.IsSafe(node.Url) ? node.Url : null;
        renderer.WriteInlines(node);
        (renderer.Style, renderer.Link) = (outerStyle, outerLink);
    }
}
