namespace Drucksachen.Documents.Layout;

/// <summary>One set line: its height and its items relative to the line's top-left corner.</summary>
internal sealed class LineBox(double height, List<PageItem> items)
{
    public double Height { get; } = height;
    public List<PageItem> Items { get; } = items;
}
