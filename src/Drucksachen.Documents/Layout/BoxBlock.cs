namespace Drucksachen.Documents.Layout;

/// <summary>A pre-arranged, unsplittable block (first-page header, signature), items relative to its top-left corner.</summary>
internal sealed class BoxBlock(double height, List<PageItem> items) : FlowBlock
{
    public double Height { get; } = height;
    public List<PageItem> Items { get; } = items;
}
