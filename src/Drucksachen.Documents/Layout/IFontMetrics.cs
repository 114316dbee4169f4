namespace Drucksachen.Documents.Layout;

/// <summary>
/// The only thing layout needs to know about fonts. Implemented by the PDF back end with the real font files and
/// by tests with fixed widths, so line breaking and pagination are testable without a PDF.
/// Implementations must be thread-safe.
/// </summary>
public interface IFontMetrics
{
    /// <summary>Advance width of <paramref name="text"/> in points; no kerning.</summary>
    double MeasureWidth(ReadOnlySpan<char> text, FontFace face, double size);

    /// <summary>Distance from the top of the line box to the baseline for a line of this face and size, in points.</summary>
    double Ascent(FontFace face, double size);

    /// <summary>Distance from the baseline to the bottom of the glyph box, in points (positive).</summary>
    double Descent(FontFace face, double size);
}
