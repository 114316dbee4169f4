using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Drucksachen.Documents;

/// <summary>A Markdown image has no alternative text: an accessible PDF must say what every figure shows, so a paper
/// with such an image is not rendered. The message is for the author, in German, and names the image and its line.</summary>
public sealed class ImageWithoutAltTextException(string url, int line)
    : DocumentException($"Das Bild „{url}“ (Zeile {line} des Textes) hat keinen Alternativtext. Beschreiben Sie in den eckigen " +
                        $"Klammern, was es zeigt: ![Beschreibung]({url}).")
{
    public string Url { get; } = url;
    public int Line { get; } = line;

    /// <summary>The alternative text of an image, its description for screen readers.</summary>
    /// <exception cref="ImageWithoutAltTextException">It has none.</exception>
    internal static string Require(LinkInline image)
    {
        var alt = string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
        return alt.Length > 0 ? alt : throw new ImageWithoutAltTextException(image.Url ?? "", image.Line + 1);
    }
}
