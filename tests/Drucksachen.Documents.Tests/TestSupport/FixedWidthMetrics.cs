using Drucksachen.Documents.Layout;

namespace Drucksachen.Documents.Tests.TestSupport;

/// <summary>Every character is half the font size wide: line breaks become countable by hand.</summary>
public sealed class FixedWidthMetrics : IFontMetrics
{
    public double MeasureWidth(ReadOnlySpan<char> text, FontFace face, double size) => text.Length * size / 2;

    public double Ascent(FontFace face, double size) => size * 0.8;

    public double Descent(FontFace face, double size) => size * 0.2;
}
