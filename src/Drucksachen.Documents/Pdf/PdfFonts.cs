using System.Collections.Concurrent;
using Drucksachen.Documents.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Drucksachen.Documents.Pdf;

/// <summary>The five faces as PDFsharp fonts: Unicode-encoded so text extracts exactly, cached per size.</summary>
internal sealed class PdfFonts
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private readonly string[] _families;
    private readonly ConcurrentDictionary<(FontFace, double), XFont> _fonts = new();

    public PdfFonts(string folder, FontFiles files)
    {
        var resolver = FolderFontResolver.Instance;
        _families =
        [
            resolver.Register(folder, files.Regular), resolver.Register(folder, files.Bold), resolver.Register(folder, files.Italic),
            resolver.Register(folder, files.BoldItalic), resolver.Register(folder, files.Monospace),
        ];
    }

    /// <summary>The font file of a face; faces set in the same file are one font in a PDF.</summary>
    public string File(FontFace face) => _families[(int)face];

    public XFont Get(FontFace face, double size) =>
        _fonts.GetOrAdd((face, size), static (key, families) => new XFont(families[(int)key.Item1], key.Item2, XFontStyleEx.Regular, Unicode), _families);
}
