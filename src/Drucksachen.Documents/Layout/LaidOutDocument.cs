namespace Drucksachen.Documents.Layout;

/// <summary>The result of layout: pages of positioned items plus outline and problems. What a back end draws.</summary>
public sealed class LaidOutDocument(PageGeometry geometry, IReadOnlyList<LaidOutPage> pages, IReadOnlyList<OutlineEntry> outline,
    StructureElement structure)
{
    /// <summary>The root (<see cref="StructureType.Document"/>) of the logical structure the page items point into.</summary>
    public StructureElement Structure { get; } = structure;

    public PageGeometry Geometry { get; } = geometry;
    public IReadOnlyList<LaidOutPage> Pages { get; } = pages;
    public IReadOnlyList<OutlineEntry> Outline { get; } = outline;
}
