using System.Globalization;
using System.Text;
using Drucksachen.Documents.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// Writes the text, rules and fills of one page itself, into PDFsharp's content stream (PDFsharp draws only images):
/// PDFsharp's DrawString looks up, registers and hex-formats every character anew, which made a third of the time
/// of a PDF, its lines and rectangles realise a pen or brush and a transparency state each, and its font embedding
/// is replaced by <see cref="EmbeddedFonts"/>. Characters are written as the two-byte codes of the document's
/// <see cref="FontSubset"/>s, as bytes of literal strings (half the size of hex). A justified line is one <c>TJ</c>
/// operation that moves on after every space: PDF's own word spacing (Tw) does not apply to two-byte codes, and the
/// spaces stay real spaces for extraction.
/// </summary>
internal sealed class PageContent
{
    private readonly StringBuilder _content;
    private readonly EmbeddedFonts _fonts;
    private readonly PdfPage _page;
    private readonly double _pageHeight;
    private readonly StructureTree _structure;
    private readonly (FontSubset Subset, string Resource)?[] _faces = new (FontSubset, string)?[Enum.GetValues<FontFace>().Length];
    private bool _open;
    private (FontFace Face, double Size)? _font;
    private Ink? _ink;
    // Rules and fills set their state outside the text's q … Q, so it holds from one to the next on the page.
    private Ink? _stroke;
    private Ink? _fill;
    private double? _lineWidth;

    public PageContent(XGraphics graphics, EmbeddedFonts fonts, PdfPage page, double pageHeight, StructureTree structure)
    {
        _structure = structure;
        _content = graphics.Internals.ContentStringBuilder
            ?? throw new InvalidOperationException("PDFsharp gave no content stream to write the page's text into.");
        _fonts = fonts;
        _page = page;
        _pageHeight = pageHeight;
        // PDFsharp opens its page content (q and its state) with its first operation; the text must come after it.
        graphics.Restore(graphics.Save());
    }

    /// <summary>Appends a rule: a line of its thickness and colour, with butt ends (PDF's default).</summary>
    public void Draw(RuleItem rule)
    {
        End();
        BeginMarked(rule.Element);
        if (_lineWidth != rule.Thickness)
        {
            Number(rule.Thickness).Append(" w\n");
            _lineWidth = rule.Thickness;
        }
        if (_stroke != rule.Ink)
        {
            Colour(rule.Ink).Append(" RG\n");
            _stroke = rule.Ink;
        }
        Number(rule.X1).Append(' ');
        Number(_pageHeight - rule.Y1).Append(" m\n");
        Number(rule.X2).Append(' ');
        Number(_pageHeight - rule.Y2).Append(" l\nS\n");
        EndMarked();
    }

    /// <summary>Appends a filled rectangle (a table header's background).</summary>
    public void Draw(FillItem fill)
    {
        End();
        BeginMarked(fill.Element);
        if (_fill != fill.Ink)
        {
            Colour(fill.Ink).Append(" rg\n");
            _fill = fill.Ink;
        }
        Number(fill.X).Append(' ');
        Number(_pageHeight - fill.Y - fill.Height).Append(' ');
        Number(fill.Width).Append(' ');
        Number(fill.Height).Append(" re\nf\n");
        EndMarked();
    }

    /// <summary>Appends a text item; the text's graphics state is kept apart from the page's by q … Q.</summary>
    public void Draw(TextItem text)
    {
        if (text.Text.Length == 0) return;
        var (subset, resource) = _faces[(int)text.Style.Face] ??= _fonts.Use(text.Style.Face, _page);
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
            Colour(text.Style.Ink).Append(" rg\n");
            _ink = text.Style.Ink;
        }
        BeginMarked(text.Element);
        _content.Append("1 0 0 1 ");
        Number(text.X).Append(' ');
        Number(_pageHeight - text.Baseline).Append(" Tm\n");

        // TJ moves are in thousandths of the font size, positive to the left; none after a trailing space.
        Span<char> move = stackalloc char[32];
        var moveLength = text.WordSpacing == 0 ? 0 : Format(-text.WordSpacing * 1000 / text.Style.Size, 3, move);
        // A hyphenated word is one word to copy, search and read aloud: its head carries the whole word as ActualText,
        // the rest on the next line an empty one.
        var headAt = text.HyphenatedWord is null ? -1 : text.Text.Length - text.HeadLength;
        var continuedEnd = text.ContinuedLength > 0 && text.ContinuedLength <= Math.Max(0, headAt == -1 ? text.Text.Length : headAt)
            ? text.ContinuedLength
            : 0;
        if (continuedEnd > 0)
            BeginActualText("");
        else
            _content.Append("[(");
        var spaceBefore = false;
        var index = 0;
        foreach (var rune in text.Text.EnumerateRunes())
        {
            if (index == continuedEnd && continuedEnd > 0)
                _content.Append(")] TJ\nEMC\n[(");
            if (index == headAt)
            {
                _content.Append(")] TJ\n");
                BeginActualText(text.HyphenatedWord!);
            }
            if (spaceBefore)
                _content.Append(") ").Append(move[..moveLength]).Append(" (");
            var code = subset.Code(rune.Value);
            AppendByte(code >> 8);
            AppendByte(code & 0xFF);
            spaceBefore = moveLength > 0 && rune.Value == ' ';
            index += rune.Utf16SequenceLength;
        }
        _content.Append(")] TJ\n");
        if (headAt >= 0 || continuedEnd == text.Text.Length)
            _content.Append("EMC\n");
        _content.Append("EMC\n");
    }

    /// <summary>Opens a span whose text, for extraction and assistive technology, is <paramref name="actual"/>.</summary>
    private void BeginActualText(string actual)
    {
        _content.Append("/Span <</ActualText <FEFF");
        foreach (var c in actual)
            _content.Append(CultureInfo.InvariantCulture, $"{(int)c:X4}");
        _content.Append(">>> BDC\n[(");
    }

    /// <summary>Opens the marked-content sequence of what is drawn next: content of <paramref name="element"/>, or
    /// an artifact. Close it with <see cref="EndMarked"/>.</summary>
    public void BeginMarked(StructureElement? element)
    {
        if (element is null)
        {
            _content.Append("/Artifact BMC\n");
            return;
        }
        _content.Append('/').Append(StructureTree.TagName(element.Type)).Append(" <</MCID ");
        _content.Append(_structure.Mark(element)).Append(">> BDC\n");
    }

    public void EndMarked() => _content.Append("EMC\n");

    // A byte of a code in a literal string, half the size of hex: the content stream is written as Latin-1,
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

    /// <summary>Ends the text written since the last item of another kind, before that is drawn.</summary>
    public void End()
    {
        if (!_open) return;
        _content.Append("ET\nQ\n");
        _open = false;
        _font = null;
        _ink = null;
    }

    private StringBuilder Colour(Ink ink)
    {
        Number(ink.R / 255.0, 3).Append(' ');
        Number(ink.G / 255.0, 3).Append(' ');
        return Number(ink.B / 255.0, 3);
    }

    private StringBuilder Number(double value, int decimals = 4)
    {
        Span<char> digits = stackalloc char[32];
        return _content.Append(digits[..Format(value, decimals, digits)]);
    }

    // Fixed point with up to three or four decimals, no exponent, no trailing zeros: what PDF numbers allow, written
    // without the general number formatter, which took a tenth of the drawing time.
    private static int Format(double value, int decimals, Span<char> digits)
    {
        // Layout places everything within a page; anything else is a defect that must not become a wrong page.
        if (!(Math.Abs(value) < 1e9))
            throw new InvalidOperationException($"A text position or size of {value} cannot be written to a page.");
        var scale = decimals == 3 ? 1000L : 10000L;
        var scaled = (long)Math.Round(value * scale);
        var length = 0;
        if (scaled < 0)
        {
            digits[length++] = '-';
            scaled = -scaled;
        }
        (scaled / scale).TryFormat(digits[length..], out var whole, default, CultureInfo.InvariantCulture);
        length += whole;
        var fraction = scaled % scale;
        if (fraction != 0)
            digits[length++] = '.';
        for (var place = scale / 10; fraction != 0; place /= 10)
        {
            digits[length++] = (char)('0' + fraction / place);
            fraction %= place;
        }
        return length;
    }
}
