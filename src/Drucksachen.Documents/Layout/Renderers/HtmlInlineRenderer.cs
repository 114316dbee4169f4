using Markdig.Syntax.Inlines;

namespace Drucksachen.Documents.Layout.Renderers;

/// <summary>Should HTML parsing ever be switched on, a tag is still only text.</summary>
internal sealed class HtmlInlineRenderer : LayoutObjectRenderer<HtmlInline>
{
    protected override void Write(LayoutRenderer renderer, HtmlInline node) => renderer.AddText(node.Tag);
}
