using Markdig.Syntax.Inlines;

namespace Drucksachen.Documents.Layout.Renderers;

/// <summary>Links are coloured and clickable. An image inside running text is set as its alternative text.</summary>
internal sealed class LinkInlineRenderer : LayoutObjectRenderer<LinkInline>
{
    protected override void Write(LayoutRenderer renderer, LinkInline node)
    {
        if (node.IsImage)
        {
            renderer.AddText("[");
            renderer.WriteInlines(node);
            renderer.AddText("]");
            return;
        }
        var (outerStyle, outerLink) = (renderer.Style, renderer.Link);
        renderer.Style = renderer.Style with { Ink = Ink.Link };
        renderer.Link = node.Url;
        renderer.WriteInlines(node);
        (renderer.Style, renderer.Link) = (outerStyle, outerLink);
    }
}
