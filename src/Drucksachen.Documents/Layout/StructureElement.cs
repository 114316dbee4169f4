namespace Drucksachen.Documents.Layout;

/// <summary>
/// A node of the paper's logical structure in reading order (headings, paragraphs, lists, tables, figures, links),
/// which the PDF carries as its structure tree for screen readers and reflow. Page items point at the element they
/// belong to; an item without one is page furniture (running header and footer, rules, shading): an artifact.
/// </summary>
public sealed class StructureElement
{
    private readonly List<StructureElement> _children = [];

    public StructureElement(StructureType type, StructureElement? parent)
    {
        Type = type;
        Parent = parent;
        parent?._children.Add(this);
    }

    public StructureType Type { get; }
    public StructureElement? Parent { get; }
    public IReadOnlyList<StructureElement> Children => _children;

    /// <summary>Alternative text: what a figure shows, where a link leads.</summary>
    public string? Alt { get; init; }

    /// <summary>The heading type of a level: 1 is the paper's title, 2 its type heading and sections, and so on down to 6.</summary>
    public static StructureType Heading(int level) => StructureType.H1 + Math.Clamp(level, 1, 6) - 1;
}
