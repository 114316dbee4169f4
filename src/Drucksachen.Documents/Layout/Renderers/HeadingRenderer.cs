using Markdig.Syntax;

namespace Drucksachen.Documents.Layout.Renderers;

/// <summary>Headings stay on the page of the text that follows them and go into the PDF outline. In a paper's structure
/// they rank below the paper's title (H1), so <c>#</c> and <c>##</c> are both H2 (see <see cref="LayoutRenderer.HeadingFloor"/>).</summary>
internal sealed class HeadingRenderer : LayoutObjectRenderer<HeadingBlock>
{
    protected override void Write(LayoutRenderer renderer, HeadingBlock node)
    {
        if (IsEmptySection(node))
            return;
        var style = renderer.Context.Theme.Heading(node.Level);
        var spans = renderer.CollectInlines(node.Inline, style);
        var title = string.Concat(spans.Where(s => !s.IsHardBreak).Select(s => s.Text)).Replace("\u00AD", "", StringComparison.Ordinal);
        renderer.AddParagraph(spans, TextAlign.Left, spaceBefore: style.Size * 1.3, spaceAfter: style.Size * 0.45,
            keepWithNext: true, outline: (node.Level + renderer.HeadingFloor - 1, title),
            type: StructureElement.Heading(Math.Max(renderer.HeadingFloor, node.Level)));
    }

    /// <summary>A section left empty (nothing before the next heading of its rank or the end) gets no heading.</summary>
    private static bool IsEmptySection(HeadingBlock node)
    {
        var siblings = node.Parent!;
        var index = siblings.IndexOf(node);
        return index + 1 >= siblings.Count || siblings[index + 1] is HeadingBlock next && next.Level <= node.Level;
    }
}
