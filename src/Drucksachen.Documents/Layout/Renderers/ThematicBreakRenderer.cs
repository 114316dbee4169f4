using Markdig.Syntax;

namespace Drucksachen.Documents.Layout.Renderers;

/// <summary>A thematic break (<c>---</c>, <c>***</c>, <c>___</c>) is the page break of a paper.</summary>
internal sealed class ThematicBreakRenderer : LayoutObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(LayoutRenderer renderer, ThematicBreakBlock node) => renderer.AddBlock(new PageBreakBlock());
}
