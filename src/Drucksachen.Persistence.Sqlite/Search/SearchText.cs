using System.Text;

namespace Drucksachen.Persistence.Sqlite.Search;

/// <summary>
/// A user's search text made safe for the full-text indexes (see the PaperSearchKeys and
/// SearchInListOrder migrations): runs of whitespace and control characters become one space (the
/// index holds line breaks as spaces), and the text is quoted so that none of it is read as query
/// syntax.
/// </summary>
internal sealed class SearchText
{
    private SearchText(string text) => Text = text;

    private string Text { get; }

    /// <summary>
    /// Under three characters: the trigram index of numbers and titles has no token to look up, so
    /// only the word index is asked, where numbers and titles are words too (see the
    /// SearchInListOrder migration).
    /// </summary>
    public bool IsShort => Text.EnumerateRunes().Take(3).Count() < 3;

    /// <summary>The text as one FTS5 string, which a trigram index matches as a substring; a quote in it is doubled.</summary>
    public string Phrase => "\"" + Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// The text for a word index: its words in this order, the last one as the beginning of a word
    /// (the index's tokenizer drops the punctuation between them). A text without letters or digits
    /// has no words and matches nothing.
    /// </summary>
    public string Words => Phrase + "*";

    /// <summary>The search text of <paramref name="text"/>, or null when it holds nothing but blanks.</summary>
    public static SearchText? From(string? text)
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
        return result.Length == 0 ? null : new SearchText(result);
    }
}
