using Markdig.Syntax.Inlines;

namespace Drucksachen.Documents.Layout.Renderers;

/// <summary>A soft line break in the source is a space; a hard one (backslash or two spaces) ends the line.</summary>
internal sealed class LineBreakInlineRenderer : LayoutObjectRenderer<LineBreakInline>
{
    protected override void Write(LayoutRenderer renderer, LineBreakInline node)
    {
        if (node.IsHard)
            renderer.AddHardBreak();
        else
            renderer.AddText(" ");
    }
}
