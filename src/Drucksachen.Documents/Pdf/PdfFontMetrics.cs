using Drucksachen.Documents.Layout;
using PdfSharp.Drawing;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// Font metrics from the real font files. Advance widths are measured once per character and face at 1000 units
/// and cached, because layout asks for thousands of words per paper; PDFsharp sets text without kerning, so the
/// sum of advances is exactly what it draws.
/// </summary>
internal sealed class PdfFontMetrics : IFontMetrics
{
    private const double Unit = 1000;
    private readonly PdfFonts _fonts;
    private readonly double[][] _widths;
    private readonly (double Ascent, double Descent)[] _vertical;
    private readonly XGraphics _measure = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly Lock _gate = new();

    public PdfFontMetrics(PdfFonts fonts)
    {
        _fonts = fonts;
        var faces = Enum.GetValues<FontFace>();
        _widths = new double[faces.Length][];
        _vertical = new (double, double)[faces.Length];
        foreach (var face in faces)
        {
            _widths[(int)face] = new double[char.MaxValue + 1];
            Array.Fill(_widths[(int)face], double.NaN);
            var metrics = fonts.Get(face, Unit).Metrics;
            _vertical[(int)face] = (metrics.Ascent / (double)metrics.UnitsPerEm, Math.Abs(metrics.Descent) / (double)metrics.UnitsPerEm);
        }
    }

    public double MeasureWidth(ReadOnlySpan<char> text, FontFace face, double size)
    {
        var widths = _widths[(int)face];
        var total = 0.0;
        foreach (var c in text)
        {
            var width = widths[c];
            if (double.IsNaN(width))
                width = Measure(face, c);
            total += width;
        }
        return total * size / Unit;
    }

    public double Ascent(FontFace face, double size) => _vertical[(int)face].Ascent * size;

    public double Descent(FontFace face, double size) => _vertical[(int)face].Descent * size;

    private double Measure(FontFace face, char c)
    {
        // XGraphics is not thread-safe; misses are rare after the first papers.
        lock (_gate)
        {
            var width = _measure.MeasureString(c.ToString(), _fonts.Get(face, Unit)).Width;
            _widths[(int)face][c] = width;
            return width;
        }
    }
}
