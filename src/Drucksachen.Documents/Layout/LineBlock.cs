namespace Drucksachen.Documents.Layout;

/// <summary>Lines of a paragraph, heading, list item or code block, set at <see cref="X"/> from the left margin.</summary>
internal sealed class LineBlock(double x, List<LineBox> lines) : FlowBlock
{
    public double X { get; } = x;
    public List<LineBox> Lines { get; } = lines;

    /// <summary>Never split across pages (headings, signature, images).</summary>
    public bool KeepTogether { get; init; }

    /// <summary>Outline level and text when this block is a heading that belongs in the bookmarks.</summary>
    public (int Level, string Title)? Outline { get; init; }
}
