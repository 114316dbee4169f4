namespace Drucksachen.Documents.Layout;

/// <summary>
/// Text set on a baseline starting at X. A justified line is one item per style whose spaces are each widened by
/// <paramref name="WordSpacing"/>, as PDF's word spacing does: the line stays one run of text for drawing and for
/// text extraction. <paramref name="Width"/> includes that spacing.
/// </summary>
public sealed record TextItem(double X, double Baseline, string Text, TextStyle Style, double Width, double WordSpacing = 0) : PageItem
{
    public override PageItem Offset(double dx, double dy) => this with { X = X + dx, Baseline = Baseline + dy };
}
