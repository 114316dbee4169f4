using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// How many glyphs of each embedded font program the pages draw, read from PDFsharp's CID fonts: their widths
/// array (<c>/W</c>) lists every glyph the text uses (CID = glyph id, Identity mapping), and their descriptor
/// names the font program. <see cref="TrueTypeSubsetTrimmer"/> must keep that many glyphs, outlines or not.
/// </summary>
internal static partial class DrawnGlyphs
{
    [GeneratedRegex(@"/FontDescriptor (\d+) 0 R")]
    private static partial Regex Descriptor();

    [GeneratedRegex(@"/FontFile2 (\d+) 0 R")]
    private static partial Regex FontFile();

    [GeneratedRegex(@"\[|\]|-?[\d.]+")]
    private static partial Regex WidthToken();

    /// <summary>One past the highest drawn glyph id, by object number of the font program stream.</summary>
    public static Dictionary<int, int> ByFontFile(ReadOnlySpan<byte> pdf, IReadOnlyList<(int Number, int Start, int End)> objects)
    {
        var byDescriptor = new Dictionary<int, int>();
        foreach (var (_, start, end) in objects)
        {
            var obj = pdf[start..end];
            if (obj.IndexOf("/Subtype/CIDFontType2"u8) < 0) continue;
            var text = Encoding.Latin1.GetString(obj);
            var descriptor = Descriptor().Match(text);
            var widths = text.IndexOf("/W[", StringComparison.Ordinal);
            if (!descriptor.Success || widths < 0)
                throw new InvalidOperationException("A CID font of PDFsharp's has no descriptor or widths; cannot tell which glyphs its pages draw.");
            byDescriptor[Number(descriptor.Groups[1].Value)] = HighestCid(text[(widths + 3)..]) + 1;
        }

        var byFontFile = new Dictionary<int, int>();
        foreach (var (number, start, end) in objects)
        {
            if (!byDescriptor.TryGetValue(number, out var drawn)) continue;
            var file = FontFile().Match(Encoding.Latin1.GetString(pdf[start..end]));
            if (file.Success)
                byFontFile[Number(file.Groups[1].Value)] = drawn;
        }
        return byFontFile;
    }

    // The widths array after its "[": "c [w1 w2 …]" gives CIDs c, c+1, …; "c1 c2 w" gives c1 to c2.
    private static int HighestCid(string widths)
    {
        var highest = -1;
        var numbers = new List<string>(3);
        var inner = false;
        var first = 0;
        var count = 0;
        foreach (Match token in WidthToken().Matches(widths))
        {
            switch (token.Value)
            {
                case "[":
                    (inner, first, count) = (true, Number(numbers[^1]), 0);
                    numbers.Clear();
                    break;
                case "]" when inner:
                    (inner, highest) = (false, Math.Max(highest, first + count - 1));
                    break;
                case "]":
                    return highest;
                case var _ when inner:
                    count++;
                    break;
                case var number:
                    numbers.Add(number);
                    if (numbers.Count == 3)
                    {
                        highest = Math.Max(highest, Number(numbers[1]));
                        numbers.Clear();
                    }
                    break;
            }
        }
        return highest;
    }

    private static int Number(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
