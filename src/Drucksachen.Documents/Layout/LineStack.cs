namespace Drucksachen.Documents.Layout;

/// <summary>Sets lines one below the other into a pre-arranged block (first-page block, signature lines).</summary>
internal static class LineStack
{
    /// <summary>Adds <paramref name="lines"/> at (<paramref name="x"/>, <paramref name="y"/>) as one structure element of
    /// <paramref name="type"/>; returns the Y below them.</summary>
    public static double Stack(List<PageItem> items, double x, double y, StructureElement parent, StructureType type, List<LineBox> lines)
    {
        Tagging.Tag(lines, new StructureElement(type, parent));
        foreach (var line in lines)
        {
            items.AddRange(line.Items.Select(i => i.Offset(x, y)));
            y += line.Height;
        }
        return y;
    }
}
