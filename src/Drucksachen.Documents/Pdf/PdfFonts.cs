using System.Collections.Concurrent;
using Drucksachen.Documents.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// The five faces: as PDFsharp fonts for measuring, cached per size, and as TrueType files for embedding, read once
/// per process.
/// </summary>
internal sealed class PdfFonts
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly ConcurrentDictionary<string, Lazy<TrueTypeFont>> Programs = new(StringComparer.Ordinal);
    private readonly string[] _families;
    private readonly ConcurrentDictionary<(FontFace, double), XFont> _fonts = new();

    public PdfFonts(string? folder, FontFiles files)
    {
        var resolver = FontFileResolver.Instance;
        _families =
        [
            resolver.Register(folder, files.Regular), resolver.Register(folder, files.Bold), resolver.Register(folder, files.Italic),
            resolver.Register(folder, files.BoldItalic), resolver.Register(folder, files.Monospace),
        ];
        // A font file that cannot be embedded fails here, when the renderer is made, not with the first paper.
        foreach (var face in Enum.GetValues<FontFace>())
            _ = Program(face);
    }

    /// <summary>The font file of a face; faces set in the same file are one font in a PDF.</summary>
    public string File(FontFace face) => _families[(int)face];

    public TrueTypeFont Program(FontFace face) =>
        Programs.GetOrAdd(File(face), static path => new Lazy<TrueTypeFont>(() =>
            new TrueTypeFont(path, FontFileResolver.Instance.GetFont(path) ?? throw new InvalidOperationException($"Font file '{path}' was not registered.")))).Value;

    public XFont Get(FontFace face, double size) =>
        _fonts.GetOrAdd((face, size), static (key, families) => new XFont(families[(int)key.Item1], key.Item2, XFontStyleEx.Regular, Unicode), _families);
}
