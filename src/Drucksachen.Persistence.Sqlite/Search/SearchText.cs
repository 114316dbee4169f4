using Drucksachen.Persistence.Stores;

namespace Drucksachen.Persistence.Sqlite.Search;

/// <summary>
/// A user's search text (<see cref="PaperSearchText"/>) made safe for the full-text indexes (see the
/// PaperSearchKeys and SearchInListOrder migrations): quoted so that none of it is read as query
/// syntax.
/// </summary>
internal sealed class SearchText
{
    private readonly PaperSearchText _text;

    private SearchText(PaperSearchText text) => _text = text;

    /// <summary>
    /// Under three characters: the trigram index of numbers and titles has no token to look up, so
    /// only the word index is asked, where numbers and titles are words too (see the
    /// SearchInListOrder migration).
    /// </summary>
    public bool IsShort => _text.IsShort;

    /// <summary>The text as one FTS5 string, which a trigram index matches as a substring; a quote in it is doubled.</summary>
    public string Phrase => "\"" + _text.Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// The text for a word index: its words in this order, the last one as the beginning of a word
    /// (the index's tokenizer drops the punctuation between them). A text without letters or digits
    /// has no words and matches nothing.
    /// </summary>
    public string Words => Phrase + "*";

    /// <summary>The search text of <paramref name="text"/>, or null when it holds nothing but blanks.</summary>
    public static SearchText? From(string? text) => PaperSearchText.From(text) is { } searchText ? new SearchText(searchText) : null;
}
