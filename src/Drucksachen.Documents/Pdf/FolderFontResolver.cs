using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// PDFsharp's font resolver is process-wide, so there is exactly one, and every face registered with it is its own
/// family named after its full path: renderers with different font folders can live side by side.
/// </summary>
internal sealed class FolderFontResolver : IFontResolver
{
    private static readonly Lock Gate = new();
    private readonly ConcurrentDictionary<string, byte[]> _fonts = new(StringComparer.Ordinal);

    private FolderFontResolver()
    {
    }

    public static FolderFontResolver Instance { get; } = Install();

    private static FolderFontResolver Install()
    {
        lock (Gate)
        {
            var resolver = new FolderFontResolver();
            if (GlobalFontSettings.FontResolver is not null)
                throw new InvalidOperationException("Another PDFsharp font resolver is already installed in this process; the document layer needs its own.");
            GlobalFontSettings.FontResolver = resolver;
            return resolver;
        }
    }

    /// <summary>Loads a font file and returns the family name to create XFonts with.</summary>
    public string Register(string folder, string file)
    {
        var path = Path.GetFullPath(Path.Combine(folder, file));
        if (!File.Exists(path))
            throw new FontNotFoundException(folder, file);
        _fonts.GetOrAdd(path, File.ReadAllBytes);
        return path;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        _fonts.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName) => _fonts.TryGetValue(faceName, out var data) ? data : null;
}
