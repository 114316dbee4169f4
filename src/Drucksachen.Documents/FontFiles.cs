namespace Drucksachen.Documents;

/// <summary>TrueType file names (inside <see cref="DocumentOptions.FontsPath"/>) of the faces a paper is set in.</summary>
public sealed record FontFiles(string Regular, string Bold, string Italic, string BoldItalic, string Monospace)
{
    /// <summary>DejaVu Sans Condensed, close to the Arial of office papers in width (Debian: fonts-dejavu-core and -extra).</summary>
    public static FontFiles DejaVuSansCondensed { get; } = new(
        "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuSansCondensed-BoldOblique.ttf", "DejaVuSansMono.ttf");

    /// <summary>DejaVu Sans (Debian: fonts-dejavu-core and -extra).</summary>
    public static FontFiles DejaVuSans { get; } = new(
        "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf", "DejaVuSansMono.ttf");
}
