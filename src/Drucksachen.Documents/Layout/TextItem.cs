namespace Drucksachen.Documents.Layout;

/// <summary>
/// Text set on a baseline starting at X. A justified line is one item per style whose spaces are each widened by
/// <paramref name="WordSpacing"/>, as PDF's word spacing does: the line stays one run of text for drawing and for
/// text extraction. <paramref name="Width"/> includes that spacing.
/// </summary>
public sealed record TextItem(double X, double Baseline, string Text, TextStyle Style, double Width, double WordSpacing = 0) : PageItem
{
    /// <summary>The whole word whose hyphenated head (its last <see cref="HeadLength"/> characters, the hyphen
    /// included) ends this item: to copy, search and read aloud, the head stands for the whole word.</summary>
    public string? HyphenatedWord { get; init; }

    public int HeadLength { get; init; }

    /// <summary>Characters at the start that end a word hyphenated on the line before: they are in its
    /// <see cref="HyphenatedWord"/> already, and stand for nothing of their own.</summary>
    public int ContinuedLength { get; init; }

    public override PageItem Offset(double dx, double dy) => this with { X = X + dx, Baseline = Baseline + dy };
}
