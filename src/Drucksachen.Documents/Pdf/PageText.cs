using System.Globalization;
using System.Text;
using Drucksachen.Documents.Layout;
using PdfSharp.Drawing;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// Writes the text operations of one page itself. PDFsharp's DrawString looks up, registers and hex-formats every
/// character anew, through several arrays and string builders per call, which made a third of the time of a PDF.
/// Here PDFsharp draws each face's distinct characters of the page once, so that it puts the font in the page's
/// resources, keeps those glyphs in the embedded subset and maps them to Unicode for extraction; that drawing is
/// taken out of the content again, and the glyph ids it wrote are what this class writes the page's lines with.
/// A justified line is one <c>TJ</c> operation that moves on after every space glyph: PDF's own word spacing (Tw)
/// does not apply to the two-byte fonts used here, and the spaces stay real spaces for extraction.
/// If PDFsharp's output ever has another shape, this fails rather than write a wrong page.
/// </summary>
internal sealed class PageText
{
    private readonly StringBuilder _content;
    private readonly double _pageHeight;
    private readonly Dictionary<FontFace, (string Resource, Dictionary<int, ushort> Glyphs)> _faces;
    private bool _open;
    private (FontFace Face, double Size)? _font;
    private Ink? _ink;

    private PageText(StringBuilder content, double pageHeight, Dictionary<FontFace, (string, Dictionary<int, ushort>)> faces)
    {
        _content = content;
        _pageHeight = pageHeight;
        _faces = faces;
    }

    /// <summary>
    /// Registers the characters of the page's text items with PDFsharp; call before anything is drawn on the page.
    /// <paramref name="glyphs"/> holds the glyph ids of each font file known from earlier pages of the document:
    /// those characters are in the subset already, so a later page registers only new ones (at least one per font,
    /// which puts the font in the page's resources). Faces set in the same file share one font in the PDF, so they
    /// are registered together.
    /// </summary>
    public static PageText Begin(XGraphics graphics, PdfFonts fonts, XBrush brush, LaidOutPage page, double pageHeight,
        Dictionary<string, Dictionary<int, ushort>> glyphs)
    {
        var content = graphics.Internals.ContentStringBuilder
            ?? throw new InvalidOperationException("PDFsharp gave no content stream to write the page's text into.");
        var files = new Dictionary<string, (FontFace Face, double Size, List<int> New, int First)>(StringComparer.Ordinal);
        var faces = new Dictionary<FontFace, string>();
        foreach (var item in page.Items)
        {
            if (item is not TextItem { Text.Length: > 0 } text) continue;
            var face = text.Style.Face;
            var file = faces[face] = fonts.File(face);
            if (!glyphs.TryGetValue(file, out var known))
                glyphs[file] = known = [];
            if (!files.TryGetValue(file, out var registration))
                files[file] = registration = (face, text.Style.Size, [], text.Text.EnumerateRunes().First().Value);
            foreach (var rune in text.Text.EnumerateRunes())
                if (known.TryAdd(rune.Value, 0))
                    registration.New.Add(rune.Value);
        }

        var resources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, (face, size, added, first)) in files)
        {
            var runes = added.Count > 0 ? added : [first];
            var before = content.Length;
            graphics.DrawString(string.Concat(runes.Select(char.ConvertFromUtf32)), fonts.Get(face, size), brush, 0, 0);
            var (resource, showAt) = Registered(content, before, runes, glyphs[file]);
            content.Length = showAt;
            resources[file] = resource;
        }
        // Ends PDFsharp's text object (ET); from here PDFsharp and this class take turns in graphics mode.
        graphics.Restore(graphics.Save());
        return new PageText(content, pageHeight, faces.ToDictionary(f => f.Key, f => (resources[f.Value], glyphs[f.Value])));
    }

    /// <summary>Appends a text item; the text's graphics state is kept apart from PDFsharp's by q … Q.</summary>
    public void Draw(TextItem text)
    {
        if (text.Text.Length == 0) return;
        var (resource, glyphs) = _faces[text.Style.Face];
        if (!_open)
        {
            _content.Append("q\nBT\n");
            _open = true;
        }
        if (_font != (text.Style.Face, text.Style.Size))
        {
            _content.Append(resource).Append(' ');
            Number(text.Style.Size).Append(" Tf\n");
            _font = (text.Style.Face, text.Style.Size);
        }
        if (_ink != text.Style.Ink)
        {
            Number(text.Style.Ink.R / 255.0, 3).Append(' ');
            Number(text.Style.Ink.G / 255.0, 3).Append(' ');
            Number(text.Style.Ink.B / 255.0, 3).Append(" rg\n");
            _ink = text.Style.Ink;
        }
        _content.Append("1 0 0 1 ");
        Number(text.X).Append(' ');
        Number(_pageHeight - text.Baseline).Append(" Tm\n[(");

        // TJ moves are in thousandths of the font size, positive to the left; none after a trailing space.
        Span<char> move = stackalloc char[32];
        var moveLength = text.WordSpacing == 0 ? 0 : Format(-text.WordSpacing * 1000 / text.Style.Size, 3, move);
        var spaceBefore = false;
        foreach (var rune in text.Text.EnumerateRunes())
        {
            if (spaceBefore)
                _content.Append(") ").Append(move[..moveLength]).Append(" (");
            var glyph = glyphs[rune.Value];
            AppendByte(glyph >> 8);
            AppendByte(glyph & 0xFF);
            spaceBefore = moveLength > 0 && rune.Value == ' ';
        }
        _content.Append(")] TJ\n");
    }

    // A byte of a glyph id in a literal string, half the size of hex: the content stream is written as Latin-1,
    // one char per byte. Parentheses and backslash are escaped, and so are line ends, which a reader would
    // otherwise normalise.
    private void AppendByte(int value)
    {
        switch (value)
        {
            case '(' or ')' or '\\':
                _content.Append('\\').Append((char)value);
                break;
            case '\r':
                _content.Append("\\r");
                break;
            case '\n':
                _content.Append("\\n");
                break;
            default:
                _content.Append((char)value);
                break;
        }
    }

    /// <summary>Ends the text written since the last non-text item, before PDFsharp draws one.</summary>
    public void End()
    {
        if (!_open) return;
        _content.Append("ET\nQ\n");
        _open = false;
        _font = null;
        _ink = null;
    }

    // What PDFsharp wrote for the registering DrawString: "… /F0 10.5 Tf\n… Td\n<glyph ids, maybe wrapped>\n Tj\n".
    private static (string Resource, int ShowAt) Registered(StringBuilder content, int from, List<int> runes, Dictionary<int, ushort> glyphs)
    {
        var written = content.ToString(from, content.Length - from);
        var showAt = written.LastIndexOf('<');
        var endAt = written.LastIndexOf('>');
        var fontAt = written.LastIndexOf(" Tf\n", showAt < 0 ? 0 : showAt, StringComparison.Ordinal);
        var nameAt = fontAt < 0 ? -1 : written.LastIndexOf('/', fontAt);
        var hex = showAt < 0 || endAt < showAt ? "" : written[(showAt + 1)..endAt].Replace("\n", "", StringComparison.Ordinal);
        if (nameAt < 0 || !written.EndsWith(" Tj\n", StringComparison.Ordinal) || hex.Length != runes.Count * 4)
            throw new InvalidOperationException("PDFsharp did not write a font selection and one Unicode Tj operation; cannot write the page's text.");

        for (var i = 0; i < runes.Count; i++)
            glyphs[runes[i]] = ushort.Parse(hex.AsSpan(4 * i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (written[nameAt..written.IndexOf(' ', nameAt)], from + showAt);
    }

    private StringBuilder Number(double value, int decimals = 4)
    {
        Span<char> digits = stackalloc char[32];
        return _content.Append(digits[..Format(value, decimals, digits)]);
    }

    private static int Format(double value, int decimals, Span<char> digits)
    {
        Math.Round(value, decimals).TryFormat(digits, out var length, decimals == 3 ? "0.###" : "0.####", CultureInfo.InvariantCulture);
        return length;
    }
}
