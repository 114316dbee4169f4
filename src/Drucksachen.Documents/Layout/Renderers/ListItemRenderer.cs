using System.Globalization;
using Markdig.Syntax;

namespace Drucksachen.Documents.Layout.Renderers;

/// <summary>Hangs the bullet or number left of the item's first line.</summary>
internal sealed class ListItemRenderer : LayoutObjectRenderer<ListItemBlock>
{
    private static readonly string[] Bullets = ["•", "–", "◦"];

    protected override void Write(LayoutRenderer renderer, ListItemBlock node)
    {
        var listBlock = (ListBlock)node.Parent!;
        var depth = Depth(listBlock);
        var marker = listBlock.IsOrdered
            ? (listBlock.BulletType == 'a' ? ((char)('a' + node.Order - 1)).ToString() : node.Order.ToString(CultureInfo.InvariantCulture))
              + (listBlock.OrderedDelimiter == ')' ? ")" : ".")
            : Bullets[depth % Bullets.Length];
        var list = renderer.Parent;
        var item = new StructureElement(StructureType.LI, list);
        renderer.PendingMarker = new Layout.InlineSpan(marker, renderer.Context.Theme.Body, null);
        renderer.PendingLabel = new StructureElement(StructureType.Lbl, item);
        renderer.Parent = new StructureElement(StructureType.LBody, item);
        renderer.WriteChildren(node);
        renderer.Parent = list;
        renderer.PendingMarker = null;
        renderer.PendingLabel = null;
    }

    private static int Depth(ListBlock list)
    {
        var depth = 0;
        for (var parent = list.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ListBlock)
                depth++;
        }
        return depth;
    }
}
