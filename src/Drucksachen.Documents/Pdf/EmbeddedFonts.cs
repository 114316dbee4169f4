using System.Globalization;
using Drucksachen.Documents.Layout;
using PdfSharp.Pdf;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// The fonts of one document, embedded by this layer rather than by PDFsharp: PDFsharp's own embedding compiles a
/// subset that keeps an entry for every glyph of the full font and took a third of the time of a PDF. Each font file
/// the text uses becomes one composite font (Type0, Identity-H) over a CID TrueType font with a
/// <see cref="FontSubset"/>, a descriptor and a ToUnicode map; faces set in the same file share it.
/// </summary>
internal sealed class EmbeddedFonts(PdfDocument document, PdfFonts fonts)
{
    private readonly Dictionary<string, Font> _byFile = new(StringComparer.Ordinal);

    private sealed record Font(FontSubset Subset, string Resource, PdfDictionary Dictionary);

    /// <summary>The subset a face draws with, and its resource name, which this puts in the page's font resources.</summary>
    public (FontSubset Subset, string Resource) Use(FontFace face, PdfPage page)
    {
        var file = fonts.File(face);
        if (!_byFile.TryGetValue(file, out var font))
        {
            _byFile[file] = font = new Font(new FontSubset(fonts.Program(face)), "/T" + _byFile.Count.ToString(CultureInfo.InvariantCulture), Indirect());
        }
        var resources = page.Resources.Elements.GetDictionary("/Font");
        if (resources is null)
            page.Resources.Elements["/Font"] = resources = new PdfDictionary(document);
        resources.Elements[font.Resource] = font.Dictionary.Reference;
        return (font.Subset, font.Resource);
    }

    /// <summary>Writes the fonts' objects; call when every page is drawn.</summary>
    public void Complete()
    {
        foreach (var (subset, _, type0) in _byFile.Values)
        {
            var source = subset.Font;
            var name = "/" + subset.Tag() + "+" + source.PostScriptName;

            var program = Indirect();
            program.CreateStream(subset.Program());
            program.Elements["/Length1"] = new PdfInteger(program.Stream.Length);

            var descriptor = Indirect();
            descriptor.Elements.SetName("/Type", "/FontDescriptor");
            descriptor.Elements.SetName("/FontName", name);
            // Nonsymbolic (Latin text), plus fixed pitch and italic where the font says so.
            descriptor.Elements["/Flags"] = new PdfInteger(32 | (source.IsFixedPitch ? 1 : 0) | (source.ItalicAngle != 0 ? 64 : 0));
            var (xMin, yMin, xMax, yMax) = source.BoundingBox;
            descriptor.Elements["/FontBBox"] = new PdfArray(document,
                new PdfInteger(Em(source, xMin)), new PdfInteger(Em(source, yMin)), new PdfInteger(Em(source, xMax)), new PdfInteger(Em(source, yMax)));
            descriptor.Elements["/ItalicAngle"] = new PdfReal(source.ItalicAngle);
            descriptor.Elements["/Ascent"] = new PdfInteger(Em(source, source.Ascender));
            descriptor.Elements["/Descent"] = new PdfInteger(Em(source, source.Descender));
            descriptor.Elements["/CapHeight"] = new PdfInteger(Em(source, source.CapHeight));
            descriptor.Elements["/XHeight"] = new PdfInteger(Em(source, source.XHeight));
            descriptor.Elements["/StemV"] = new PdfInteger(0);
            descriptor.Elements.SetReference("/FontFile2", program);

            var cidFont = Indirect();
            cidFont.Elements.SetName("/Type", "/Font");
            cidFont.Elements.SetName("/Subtype", "/CIDFontType2");
            cidFont.Elements.SetName("/BaseFont", name);
            cidFont.Elements["/CIDSystemInfo"] = new PdfLiteral("<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>");
            cidFont.Elements.SetReference("/FontDescriptor", descriptor);
            cidFont.Elements["/W"] = new PdfLiteral(subset.Widths());
            cidFont.Elements.SetName("/CIDToGIDMap", "/Identity");

            var unicode = Indirect();
            unicode.CreateStream(subset.UnicodeMap());

            type0.Elements.SetName("/Type", "/Font");
            type0.Elements.SetName("/Subtype", "/Type0");
            type0.Elements.SetName("/BaseFont", name);
            type0.Elements.SetName("/Encoding", "/Identity-H");
            type0.Elements["/DescendantFonts"] = new PdfArray(document, cidFont.Reference!);
            type0.Elements.SetReference("/ToUnicode", unicode);
        }
    }

    private PdfDictionary Indirect()
    {
        var dictionary = new PdfDictionary(document);
        document.Internals.AddObject(dictionary);
        return dictionary;
    }

    private static int Em(TrueTypeFont font, int units) => (int)Math.Round(units * 1000.0 / font.UnitsPerEm);
}
