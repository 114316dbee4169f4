using Markdig.Syntax.Inlines;

namespace Drucksachen.Documents.Layout.Renderers;

internal sealed class LiteralInlineRenderer : LayoutObjectRenderer<LiteralInline>
{
    protected override void Write(LayoutRenderer renderer, LiteralInline node) => renderer.AddText(node.Content.ToString());
}
