namespace Drucksachen.Documents.Layout;

/// <summary>What one layout run shares: metrics, theme and the problems found so far.</summary>
internal sealed class LayoutContext(IFontMetrics metrics, LayoutTheme theme)
{
    public IFontMetrics Metrics { get; } = metrics;
    public LayoutTheme Theme { get; } = theme;
    public List<LayoutProblem> Problems { get; } = [];

    /// <summary>Folder relative image paths are resolved against; null when the paper may not reference images.</summary>
    public string? ImagesPath { get; init; }

    // Each problem once, found in constant time: a long section can report thousands of words.
    private readonly HashSet<LayoutProblem> _reported = [];

    public void Report(LayoutProblemKind kind, string message)
    {
        var problem = new LayoutProblem(kind, message);
        if (_reported.Add(problem))
            Problems.Add(problem);
    }

    /// <summary>Width of text as drawn: soft hyphens are invisible unless a line breaks at them.</summary>
    public double Measure(ReadOnlySpan<char> text, TextStyle style)
    {
        var width = 0.0;
        while (text.IndexOf(LineBreaker.SoftHyphen) is var shy and >= 0)
        {
            width += Metrics.MeasureWidth(text[..shy], style.Face, style.Size);
            text = text[(shy + 1)..];
        }
        return width + Metrics.MeasureWidth(text, style.Face, style.Size);
    }

    public double LineHeight(double size) => size * Theme.LineSpacing;
}
