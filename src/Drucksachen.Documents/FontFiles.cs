namespace Drucksachen.Documents;

/// <summary>TrueType file names (inside <see cref="DocumentOptions.FontsPath"/>, or among the fonts shipped with the
/// product) of the faces a paper is set in.</summary>
public sealed record FontFiles(string Regular, string Bold, string Italic, string BoldItalic, string Monospace)
{
    /// <summary>DejaVu Sans Condensed, close to the Arial of office papers in width; shipped with the product.</summary>
    public static FontFiles DejaVuSansCondensed { get; } = new(
        "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuSansCondensed-BoldOblique.ttf", "DejaVuSansMono.ttf");
}
