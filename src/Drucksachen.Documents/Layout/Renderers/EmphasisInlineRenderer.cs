using Markdig.Syntax.Inlines;

namespace Drucksachen.Documents.Layout.Renderers;

/// <summary><c>*italic*</c>, <c>**bold**</c>, nested in any order.</summary>
internal sealed class EmphasisInlineRenderer : LayoutObjectRenderer<EmphasisInline>
{
    protected override void Write(LayoutRenderer renderer, EmphasisInline node)
    {
        var outer = renderer.Style;
        renderer.Style = node.DelimiterCount >= 2 ? outer.Bolder() : outer.Italicised();
        renderer.WriteInlines(node);
        renderer.Style = outer;
    }
}
