using Markdig.Syntax;

namespace Drucksachen.Documents.Layout.Renderers;

/// <summary>Ordered and unordered lists, nested to any depth; each level is indented by one marker column.</summary>
internal sealed class ListRenderer : LayoutObjectRenderer<ListBlock>
{
    protected override void Write(LayoutRenderer renderer, ListBlock node)
    {
        var outerTight = renderer.Tight;
        renderer.Tight = !node.IsLoose;
        renderer.Indent += renderer.Context.Theme.ListIndent;
        var parent = renderer.Parent;
        renderer.Parent = new StructureElement(StructureType.L, parent);
        renderer.WriteChildren(node);
        renderer.Parent = parent;
        renderer.Indent -= renderer.Context.Theme.ListIndent;
        renderer.Tight = outerTight;
        if (renderer.Blocks.Count > 0 && renderer.Blocks[^1] is LineBlock last && !outerTight)
            renderer.Blocks[^1] = WithSpaceAfter(last, renderer.Context.Theme.ParagraphSpacing);
    }

    private static LineBlock WithSpaceAfter(LineBlock block, double space) => new(block.X, block.Lines)
    {
        SpaceBefore = block.SpaceBefore,
        SpaceAfter = Math.Max(space, block.SpaceAfter),
        KeepWithNext = block.KeepWithNext,
        KeepTogether = block.KeepTogether,
        Outline = block.Outline,
    };
}
