using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// PDFsharp's font resolver is process-wide, so there is exactly one, and every face registered with it is its own
/// family named after where it came from: renderers with different fonts can live side by side. The fonts shipped
/// with the product are embedded in this assembly, so a paper comes out byte for byte the same on every machine,
/// with or without font packages installed.
/// </summary>
internal sealed class FontFileResolver : IFontResolver
{
    private const string ShippedPrefix = "Drucksachen.Documents.Fonts.";
    private static readonly Lock Gate = new();
    private readonly ConcurrentDictionary<string, byte[]> _fonts = new(StringComparer.Ordinal);

    private FontFileResolver()
    {
    }

    public static FontFileResolver Instance { get; } = Install();

    private static FontFileResolver Install()
    {
        lock (Gate)
        {
            var resolver = new FontFileResolver();
            if (GlobalFontSettings.FontResolver is not null)
                throw new InvalidOperationException("Another PDFsharp font resolver is already installed in this process; the document layer needs its own.");
            GlobalFontSettings.FontResolver = resolver;
            return resolver;
        }
    }

    /// <summary>Loads a font file, from <paramref name="folder"/> or, when that is null, from the fonts shipped with
    /// the product, and returns the family name to create XFonts with.</summary>
    /// <exception cref="FontNotFoundException">The file is not there.</exception>
    public string Register(string? folder, string file)
    {
        if (folder is null)
        {
            var name = ShippedPrefix + file;
            _fonts.GetOrAdd(name, static (key, file) => ReadShipped(key) ?? throw new FontNotFoundException(null, file), file);
            return name;
        }
        var path = Path.GetFullPath(Path.Combine(folder, file));
        if (!File.Exists(path))
            throw new FontNotFoundException(folder, file);
        _fonts.GetOrAdd(path, File.ReadAllBytes);
        return path;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        _fonts.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName) => _fonts.TryGetValue(faceName, out var data) ? data : null;

    private static byte[]? ReadShipped(string name)
    {
        using var stream = typeof(FontFileResolver).Assembly.GetManifestResourceStream(name);
        if (stream is null)
            return null;
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return data;
    }
}
