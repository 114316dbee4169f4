using System.Text;
using System.Text.RegularExpressions;

namespace Drucksachen.Documents.Templates;

/// <summary>
/// Turns the structural HTML that office tools leave in pasted text (&lt;p&gt;, &lt;br&gt;, &lt;ul&gt;, &lt;ol&gt;, &lt;li&gt;)
/// into Markdown paragraphs and lists. Every other tag stays as it is and the Markdown parser, which runs with HTML
/// disabled, sets it as plain text: input never becomes markup.
/// </summary>
internal static partial class HtmlFragmentConverter
{
    [GeneratedRegex(@"<\s*(/)?\s*(p|br|ul|ol|li)\b[^<>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StructuralTag();

    // Lists pasted without <li> mark their items with bullet characters or roman/arabic numerals.
    [GeneratedRegex(@"\s*[▪•◦‣·]\s*")]
    private static partial Regex BulletMarker();

    [GeneratedRegex(@"(?:^|\s+)(?:[IVX]+|[0-9]+)\.\s+")]
    private static partial Regex NumeralMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public static string ToMarkdown(string text)
    {
        if (!StructuralTag().IsMatch(text))
            return text;
        var state = new State();
        var position = 0;
        foreach (Match tag in StructuralTag().Matches(text))
        {
            state.Text(text.AsSpan(position, tag.Index - position));
            state.Tag(tag.Groups[2].Value.ToLowerInvariant(), closing: tag.Groups[1].Success);
            position = tag.Index + tag.Length;
        }
        state.Text(text.AsSpan(position));
        return state.Finish();
    }

    private sealed class ListState(bool ordered)
    {
        public bool Ordered { get; } = ordered;
        public bool HasItems { get; set; }
        public int Counter { get; set; }
    }

    private sealed class State
    {
        private readonly StringBuilder _output = new();
        private readonly StringBuilder _current = new();
        private readonly List<ListState> _lists = [];
        private bool _inItem;

        private ListState? Innermost => _lists.Count > 0 ? _lists[^1] : null;

        public void Text(ReadOnlySpan<char> text)
        {
            // A list without <li> has no closing tag either in the wild: it ends with the line.
            while (Innermost is { HasItems: false } && text.IndexOf('\n') is var newline and >= 0)
            {
                _current.Append(text[..newline]);
                CloseLiLessLists();
                text = text[(newline + 1)..];
            }
            _current.Append(text);
        }

        public void Tag(string name, bool closing)
        {
            // Any block tag but <li> also ends a list that never had <li>.
            if (name != "li" && name != "br")
                CloseLiLessLists();
            switch (name, closing)
            {
                case ("br", _):
                    _current.Append(_inItem ? "\\\n" + new string(' ', ContentIndent()) : "\\\n");
                    break;
                case ("p", _) when _inItem:
                    if (_current.ToString().Trim().Length > 0 && !closing)
                        _current.Append("\\\n").Append(' ', ContentIndent());
                    break;
                case ("p", _):
                    FlushParagraph();
                    break;
                case ("ul" or "ol", false):
                    FlushPending();
                    _lists.Add(new ListState(name == "ol"));
                    break;
                case ("ul" or "ol", true):
                    FlushPending();
                    if (_lists.Count > 0)
                        _lists.RemoveAt(_lists.Count - 1);
                    _inItem = false;
                    if (_lists.Count == 0)
                        _output.Append('\n');
                    break;
                case ("li", false):
                    FlushPending();
                    if (Innermost is null)
                        _lists.Add(new ListState(ordered: false));
                    Innermost!.HasItems = true;
                    _inItem = true;
                    break;
                case ("li", true):
                    FlushPending();
                    _inItem = false;
                    break;
            }
        }

        public string Finish()
        {
            FlushPending();
            return _output.ToString().TrimEnd() + "\n";
        }

        private void FlushPending()
        {
            if (Innermost is { HasItems: false })
                FlushLiLessList();
            else if (_inItem)
                FlushItem(_current.ToString());
            else
                FlushParagraph();
            _current.Clear();
        }

        private void FlushParagraph()
        {
            var paragraph = _current.ToString().Trim();
            _current.Clear();
            if (paragraph.Length == 0)
                return;
            if (_lists.Count > 0)
            {
                FlushItem(paragraph);
                return;
            }
            _output.Append(paragraph).Append("\n\n");
        }

        private void CloseLiLessLists()
        {
            while (Innermost is { HasItems: false })
            {
                FlushLiLessList();
                _lists.RemoveAt(_lists.Count - 1);
                if (_lists.Count == 0)
                    _output.Append('\n');
            }
        }

        private void FlushLiLessList()
        {
            var list = Innermost!;
            var text = _current.ToString();
            _current.Clear();
            var marker = list.Ordered ? NumeralMarker() : BulletMarker();
            var parts = marker.Split(text);
            // Text before the first marker is not an item: a pasted label in front of the list.
            if (parts.Length > 0 && parts[0].Trim().Length > 0)
                _output.Append(parts[0].Trim()).Append("\n\n");
            foreach (var part in parts.Skip(1))
                FlushItem(part);
        }

        private void FlushItem(string text)
        {
            var item = Whitespace().Replace(text, " ").Trim();
            if (item.Length == 0 || Innermost is not { } list)
                return;
            list.Counter++;
            var indent = new string(' ', 4 * (_lists.Count - 1));
            var bullet = list.Ordered ? $"{list.Counter}." : "-";
            if (_output.Length > 0 && !EndsWithBlankLineOrItem())
                _output.Append('\n');
            _output.Append(indent).Append(bullet).Append(' ').Append(item).Append('\n');
        }

        private bool EndsWithBlankLineOrItem() => _output.Length > 0 && _output[^1] == '\n';

        private int ContentIndent() => 4 * (_lists.Count - 1) + (Innermost is { Ordered: true } ? 4 : 2);
    }
}
