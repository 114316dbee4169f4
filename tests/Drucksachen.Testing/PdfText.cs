using UglyToad.PdfPig;

namespace Drucksachen.Testing;

/// <summary>What a reader of a PDF finds in it, read with a parser independent of the writer.</summary>
public static class PdfText
{
    /// <summary>The text of every page, words separated by single spaces.</summary>
    public static string Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    /// <summary>
    /// Whether <paramref name="text"/> occurs in the PDF, however lines were broken and words hyphenated
    /// there: spaces and hyphens are left out on both sides.
    /// </summary>
    public static bool Contains(byte[] pdf, string text) => Squeeze(Of(pdf)).Contains(Squeeze(text), StringComparison.Ordinal);

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '\u00ad'));
}
