namespace Drucksachen.Documents.Layout;

/// <summary>One thing drawn on a laid-out page. Coordinates in points, origin top left, y downwards.</summary>
public abstract record PageItem
{
    /// <summary>The structure element the item is content of; null: an artifact (page furniture).</summary>
    public StructureElement? Element { get; init; }

    /// <summary>The same item moved by (dx, dy).</summary>
    public abstract PageItem Offset(double dx, double dy);
}
