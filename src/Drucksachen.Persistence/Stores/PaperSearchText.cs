using System.Text;

namespace Drucksachen.Persistence.Stores;

/// <summary>
/// The text of a <see cref="Core.Storage.PaperSearch"/> as every provider's search reads it: runs
/// of whitespace and control characters are one space (indexes hold line breaks as spaces), and a
/// text of one or two characters is looked for as word beginnings only.
/// </summary>
public sealed class PaperSearchText
{
    private PaperSearchText(string text) => Text = text;

    /// <summary>The text, its blanks collapsed, never empty.</summary>
    public string Text { get; }

    /// <summary>
    /// Under three characters: looked for as the beginning of a word of number, title or text only,
    /// not as any part of number and title (a trigram index has nothing to look up for them).
    /// </summary>
    public bool IsShort => Text.EnumerateRunes().Take(3).Count() < 3;

    /// <summary>The search text of <paramref name="text"/>, or null when it holds nothing but blanks.</summary>
    public static PaperSearchText? From(string? text)
    {
        if (text is null) return null;
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var blank = char.IsWhiteSpace(c) || char.IsControl(c);
            if (!blank) collapsed.Append(c);
            else if (collapsed.Length > 0 && collapsed[^1] != ' ') collapsed.Append(' ');
        }
        var result = collapsed.ToString().TrimEnd(' ');
        return result.Length == 0 ? null : new PaperSearchText(result);
    }
}
