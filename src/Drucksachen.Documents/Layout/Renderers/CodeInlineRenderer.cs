using Markdig.Syntax.Inlines;

namespace Drucksachen.Documents.Layout.Renderers;

internal sealed class CodeInlineRenderer : LayoutObjectRenderer<CodeInline>
{
    protected override void Write(LayoutRenderer renderer, CodeInline node)
    {
        var outer = renderer.Style;
        renderer.Style = outer with { Face = FontFace.Monospace };
        renderer.AddText(node.Content);
        renderer.Style = outer;
    }
}
