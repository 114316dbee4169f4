using System.Buffers;
using System.Globalization;
using System.Text;
using PdfSharp.Drawing;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// Draws a justified line as one text operation. PDF's own word spacing (Tw) does not apply to the two-byte
/// Unicode fonts we embed, so the line is drawn with PDFsharp (which subsets the glyphs and maps them to Unicode)
/// and the <c>&lt;glyphs&gt; Tj</c> it just wrote is rewritten into a <c>TJ</c> array that moves on after every
/// space glyph. One operation per line instead of one per word, and the spaces stay real spaces for extraction.
/// </summary>
internal static class WordSpacedText
{
    private const string Show = " Tj\n";
    private const int HexPerGlyph = 4;

    public static void Draw(XGraphics graphics, string text, XFont font, XBrush brush, double x, double baseline, double spacing)
    {
        graphics.DrawString(text, font, brush, x, baseline);
        if (spacing == 0 || !text.Contains(' '))
            return;

        var content = graphics.Internals.ContentStringBuilder
            ?? throw new InvalidOperationException("PDFsharp gave no content stream to justify the line in.");
        var end = content.Length - Show.Length;
        var start = end > 0 && EndsWith(content, Show) && content[end - 1] == '>' ? LastIndexOf(content, '<', end) : -1;
        var glyphs = 0;
        foreach (var _ in text.EnumerateRunes())
            glyphs++;
        var literal = start < 0 ? 0 : end - 1 - (start + 1);
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(literal, 1));
        try
        {
            var hex = Unwrapped(content, start + 1, literal, buffer);
            if (start < 0 || hex.Length != glyphs * HexPerGlyph)
                throw new InvalidOperationException("PDFsharp did not write the line as one Unicode Tj operation; cannot justify it.");

            // TJ moves are in thousandths of the font size, positive to the left.
            Span<char> move = stackalloc char[32];
            (-spacing * 1000 / font.Size).TryFormat(move, out var moveLength, "0.###", CultureInfo.InvariantCulture);
            content.Length = start;
            content.Append("[<");
            var glyph = 0;
            foreach (var rune in text.EnumerateRunes())
            {
                content.Append(hex.Slice(glyph * HexPerGlyph, HexPerGlyph));
                glyph++;
                if (rune.Value == ' ' && glyph < glyphs)
                    content.Append("> ").Append(move[..moveLength]).Append(" <");
            }
            content.Append(">] TJ\n");
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // PDFsharp wraps long hex strings over several lines.
    private static ReadOnlySpan<char> Unwrapped(StringBuilder content, int from, int length, char[] buffer)
    {
        if (length <= 0)
            return [];
        content.CopyTo(from, buffer, length);
        var kept = 0;
        for (var i = 0; i < length; i++)
            if (buffer[i] != '\n')
                buffer[kept++] = buffer[i];
        return buffer.AsSpan(0, kept);
    }

    private static int LastIndexOf(StringBuilder content, char c, int before)
    {
        for (var i = before - 1; i >= 0; i--)
            if (content[i] == c)
                return i;
        return -1;
    }

    private static bool EndsWith(StringBuilder content, string suffix)
    {
        for (var i = 0; i < suffix.Length; i++)
            if (content[content.Length - suffix.Length + i] != suffix[i])
                return false;
        return true;
    }
}
