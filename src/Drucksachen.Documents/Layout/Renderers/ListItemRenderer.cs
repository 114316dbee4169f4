using System.Globalization;
using Markdig.Syntax;

namespace Drucksachen.Documents.Layout.Renderers;

/// <summary>Hangs the bullet or number left of the item's first line.</summary>
internal sealed class ListItemRenderer : LayoutObjectRenderer<ListItemBlock>
{
    private static readonly string[] Bullets = ["•", "–", "◦"];

    protected override void Write(LayoutRenderer renderer, ListItemBlock node)
    {
        var list = (ListBlock)node.Parent!;
        var depth = Depth(list);
        var marker = list.IsOrdered
            ? (list.BulletType == 'a' ? ((char)('a' + node.Order - 1)).ToString() : node.Order.ToString(CultureInfo.InvariantCulture))
              + (list.OrderedDelimiter == ')' ? ")" : ".")
            : Bullets[depth % Bullets.Length];
        renderer.PendingMarker = new Layout.InlineSpan(marker, renderer.Context.Theme.Body, null);
        renderer.WriteChildren(node);
        renderer.PendingMarker = null;
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
