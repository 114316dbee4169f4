using Markdig.Syntax.Inlines;

namespace Drucksachen.Documents.Layout.Renderers;

internal sealed class AutolinkInlineRenderer : LayoutObjectRenderer<AutolinkInline>
{
    protected override void Write(LayoutRenderer renderer, AutolinkInline node)
    {
        var (outerStyle, outerLink) = (renderer.Style, renderer.Link);
        renderer.Style = renderer.Style with { Ink = Ink.Link };
        renderer.Link = node.IsEmail ? "mailto:" + node.Url : LinkTargets.IsSafe(node.Url) ? node.Url : null;
        renderer.AddText(node.Url);
        (renderer.Style, renderer.Link) = (outerStyle, outerLink);
    }
}
