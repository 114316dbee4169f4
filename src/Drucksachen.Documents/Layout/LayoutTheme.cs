namespace Drucksachen.Documents.Layout;

/// <summary>Type sizes and spacing of a paper. One place, so the look of all papers is changed together.</summary>
internal sealed class LayoutTheme
{
    public static LayoutTheme Default { get; } = new();

    public PageGeometry Geometry { get; init; } = PageGeometry.A4;
    public TextStyle Body { get; init; } = new(FontFace.Regular, 10.5, Ink.Text);
    public double LineSpacing { get; init; } = 1.42;
    public double ParagraphSpacing { get; init; } = 7;
    public double ListIndent { get; init; } = 17;
    public double QuoteIndent { get; init; } = 14;
    public double TableFontSize { get; init; } = 9;
    public double MinTableFontSize { get; init; } = 6.5;
    public double LabelSize { get; init; } = 8;
    public double TypeHeadingSize { get; init; } = 13;

    public TextStyle Heading(int level) => level switch
    {
        1 => new(FontFace.Bold, 12.5, Ink.Black),
        2 => new(FontFace.Bold, 11, Ink.Black),
        3 => new(FontFace.Bold, 10, Ink.Black),
        _ => new(FontFace.BoldItalic, 10, Ink.Black),
    };

    public TextStyle Label => new(FontFace.Regular, LabelSize, Ink.Muted);
}
