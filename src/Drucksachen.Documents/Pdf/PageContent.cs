using System.Globalization;
using Drucksachen.Documents.Layout;
using PdfSharp.Pdf;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// Writes the content stream of one page itself: text, rules, fills and the placing of images (PDFsharp only
/// embeds the images). PDFsharp's DrawString looked up, registered and hex-formatted every character anew, its lines
/// and rectangles realised a pen or brush and a transparency state each, and its graphics wrote the page as
/// characters into a string that was then encoded; its font embedding is replaced by <see cref="EmbeddedFonts"/>.
/// Characters are written as the two-byte codes of the document's <see cref="FontSubset"/>s, as bytes of literal
/// strings (half the size of hex). A justified line is one <c>TJ</c> operation that moves on after every space:
/// PDF's own word spacing (Tw) does not apply to two-byte codes, and the spaces stay real spaces for extraction.
/// </summary>
internal sealed class PageContent : IDisposable
{
    private readonly ContentBuffer _content = new();
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

    public PageContent(EmbeddedFonts fonts, PdfPage page, double pageHeight, StructureTree structure)
    {
        _structure = structure;
        _fonts = fonts;
        _page = page;
        _pageHeight = pageHeight;
    }

    /// <summary>Makes what was written the page's content stream; call when everything of the page is drawn.</summary>
    public void Complete()
    {
        End();
        _page.Contents.AppendContent().CreateStream(_content.ToArray());
    }

    public void Dispose() => _content.Dispose();

    /// <summary>Places an image, embedded as the page's resource <paramref name="resource"/>, in its box.</summary>
    public void Draw(ImageItem image, string resource)
    {
        End();
        BeginMarked(image.Element);
        _content.Append("q "u8);
        Number(image.Width).Append(" 0 0 "u8);
        Number(image.Height).Append((byte)' ');
        Number(image.X).Append((byte)' ');
        Number(_pageHeight - image.Y - image.Height).Append(" cm "u8).Append(resource).Append(" Do Q\n"u8);
        EndMarked();
    }

    /// <summary>Appends a rule: a line of its thickness and colour, with butt ends (PDF's default).</summary>
    public void Draw(RuleItem rule)
    {
        End();
        BeginMarked(rule.Element);
        if (_lineWidth != rule.Thickness)
        {
            Number(rule.Thickness).Append(" w\n"u8);
            _lineWidth = rule.Thickness;
        }
        Colour(ref _stroke, rule.Ink, " RG\n"u8);
        Number(rule.X1).Append((byte)' ');
        Number(_pageHeight - rule.Y1).Append(" m\n"u8);
        Number(rule.X2).Append((byte)' ');
        Number(_pageHeight - rule.Y2).Append(" l\nS\n"u8);
        EndMarked();
    }

    /// <summary>Appends a filled rectangle (a table header's background).</summary>
    public void Draw(FillItem fill)
    {
        End();
        BeginMarked(fill.Element);
        Colour(ref _fill, fill.Ink, " rg\n"u8);
        Number(fill.X).Append((byte)' ');
        Number(_pageHeight - fill.Y - fill.Height).Append((byte)' ');
        Number(fill.Width).Append((byte)' ');
        Number(fill.Height).Append(" re\nf\n"u8);
        EndMarked();
    }

    /// <summary>Appends a text item; the text's graphics state is kept apart from the page's by q … Q.</summary>
    public void Draw(TextItem text)
    {
        if (text.Text.Length == 0) return;
        var (subset, resource) = _faces[(int)text.Style.Face] ??= _fonts.Use(text.Style.Face, _page);
        if (!_open)
        {
            _content.Append("q\nBT\n"u8);
            _open = true;
        }
        if (_font != (text.Style.Face, text.Style.Size))
        {
            _content.Append(resource).Append((byte)' ');
            Number(text.Style.Size).Append(" Tf\n"u8);
            _font = (text.Style.Face, text.Style.Size);
        }
        Colour(ref _ink, text.Style.Ink, " rg\n"u8);
        BeginMarked(text.Element);
        _content.Append("1 0 0 1 "u8);
        Number(text.X).Append((byte)' ');
        Number(_pageHeight - text.Baseline).Append(" Tm\n"u8);

        // TJ moves are in thousandths of the font size, positive to the left; none after a trailing space.
        Span<byte> move = stackalloc byte[32];
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
            _content.Append("[("u8);
        var spaceBefore = false;
        var index = 0;
        foreach (var rune in text.Text.EnumerateRunes())
        {
            if (index == continuedEnd && continuedEnd > 0)
                _content.Append(")] TJ\nEMC\n[("u8);
            if (index == headAt)
            {
                _content.Append(")] TJ\n"u8);
                BeginActualText(text.HyphenatedWord!);
            }
            if (spaceBefore)
                _content.Append(") "u8).Append(move[..moveLength]).Append(" ("u8);
            var code = subset.Code(rune.Value);
            // A code as two bytes of a literal string, half the size of hex.
            _content.AppendInString((byte)(code >> 8));
            _content.AppendInString((byte)code);
            spaceBefore = moveLength > 0 && rune.Value == ' ';
            index += rune.Utf16SequenceLength;
        }
        _content.Append(")] TJ\n"u8);
        if (headAt >= 0 || continuedEnd == text.Text.Length)
            _content.Append("EMC\n"u8);
        _content.Append("EMC\n"u8);
    }

    /// <summary>Opens a span whose text, for extraction and assistive technology, is <paramref name="actual"/>.</summary>
    private void BeginActualText(string actual)
    {
        _content.Append("/Span <</ActualText <FEFF"u8);
        foreach (var c in actual)
            _content.AppendHex(c);
        _content.Append(">>> BDC\n[("u8);
    }

    /// <summary>Opens the marked-content sequence of what is drawn next: content of <paramref name="element"/>, or
    /// an artifact. Close it with <see cref="EndMarked"/>.</summary>
    public void BeginMarked(StructureElement? element)
    {
        if (element is null)
        {
            _content.Append("/Artifact BMC\n"u8);
            return;
        }
        _content.Append((byte)'/').Append(StructureTree.TagName(element.Type)).Append(" <</MCID "u8);
        _content.Append(_structure.Mark(element)).Append(">> BDC\n"u8);
    }

    public void EndMarked() => _content.Append("EMC\n"u8);

    /// <summary>Ends the text written since the last item of another kind, before that is drawn.</summary>
    public void End()
    {
        if (!_open) return;
        _content.Append("ET\nQ\n"u8);
        _open = false;
        _font = null;
        _ink = null;
    }

    /// <summary>Sets a colour with <paramref name="setter"/> (rg fills, RG strokes) unless it is already
    /// <paramref name="current"/>.</summary>
    private void Colour(ref Ink? current, Ink ink, ReadOnlySpan<byte> setter)
    {
        if (current == ink)
            return;
        Number(ink.R / 255.0, 3).Append((byte)' ');
        Number(ink.G / 255.0, 3).Append((byte)' ');
        Number(ink.B / 255.0, 3).Append(setter);
        current = ink;
    }

    private ContentBuffer Number(double value, int decimals = 4)
    {
        Span<byte> digits = stackalloc byte[32];
        return _content.Append(digits[..Format(value, decimals, digits)]);
    }

    // Fixed point with up to three or four decimals, no exponent, no trailing zeros: what PDF numbers allow, written
    // without the general number formatter, which took a tenth of the drawing time.
    private static int Format(double value, int decimals, Span<byte> digits)
    {
        // Layout places everything within a page; anything else is a defect that must not become a wrong page.
        if (!(Math.Abs(value) < 1e9))
            throw new InvalidOperationException($"A text position or size of {value} cannot be written to a page.");
        var scale = decimals == 3 ? 1000L : 10000L;
        var scaled = (long)Math.Round(value * scale);
        var length = 0;
        if (scaled < 0)
        {
            digits[length++] = (byte)'-';
            scaled = -scaled;
        }
        (scaled / scale).TryFormat(digits[length..], out var whole, default, CultureInfo.InvariantCulture);
        length += whole;
        var fraction = scaled % scale;
        if (fraction != 0)
            digits[length++] = (byte)'.';
        for (var place = scale / 10; fraction != 0; place /= 10)
        {
            digits[length++] = (byte)('0' + fraction / place);
            fraction %= place;
        }
        return length;
    }
}
