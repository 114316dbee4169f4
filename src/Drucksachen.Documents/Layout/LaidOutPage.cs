namespace Drucksachen.Documents.Layout;

/// <summary>A page ready to be drawn: items in drawing order.</summary>
public sealed class LaidOutPage
{
    public List<PageItem> Items { get; } = [];
}
