using System.Text;

namespace Drucksachen.Documents.Layout;

/// <summary>
/// Sets inline spans into lines of a given width: first fit, breaking at spaces, then inside words at soft hyphens
/// and, in justified text, where German hyphenation allows (<see cref="Hyphenator"/>; a hyphen is drawn), after
/// hyphens and slashes between letters, and as a last resort between any two letters
/// (reported as <see cref="LayoutProblemKind.WordTooLong"/>). Justified lines spread the spare room over the gaps;
/// the last line of a paragraph and lines ending in a hard break stay ragged.
/// </summary>
internal sealed class LineBreaker(LayoutContext context)
{
    public const char SoftHyphen = '\u00AD';
    private const double Epsilon = 0.01;

    private readonly record struct Run(int Start, int Length, TextStyle Style, string? Link);

    // Scratch space of one layout run, which sets its paragraphs one after another.
    private readonly StringBuilder _text = new();
    private readonly List<Run> _runs = [];
    private readonly StringBuilder _pending = new();

    /// <summary>The text between two breakable spaces, possibly in several styles, as tokenized. The pieces a line
    /// end breaks it into share it, so that a word of any length is measured and hyphenated once.</summary>
    private sealed class Source(string text, Run[] runs)
    {
        public string Text { get; } = text;
        public Run[] Runs { get; } = runs;

        /// <summary>Hyphenation points by <see cref="Hyphenator"/>, found when the word first meets a line end.</summary>
        public bool[]? Hyphens { get; set; }

        /// <summary>Widths of the text before each index (length + 1 entries), found when the word first meets a line
        /// end: a piece's width and every break point's are differences, never a new measurement.</summary>
        public double[]? Advances { get; set; }
    }

    /// <summary>A word, or a piece of one broken at a line end: <see cref="From"/> to <see cref="To"/> of its source.</summary>
    private sealed class Word(Source source, int from, int to)
    {
        public Source Source { get; } = source;
        public int From { get; } = from;
        public int To { get; } = to;
        public int Length => To - From;
        public double SpaceBefore { get; set; }
        public bool HardBreakAfter { get; set; }
        public bool HyphenAfter { get; set; }

        /// <summary>The word this one is the hyphenated head of.</summary>
        public string? WholeWord { get; set; }

        /// <summary>The rest of a word hyphenated on a line before: it stands for nothing of its own.</summary>
        public bool ContinuesWord { get; set; }

        /// <summary>The rest of a word that had to be broken between letters; reported once, for the whole word.</summary>
        public bool ForcedRest { get; set; }
        public double Width { get; set; }

        public ReadOnlySpan<char> Text => Source.Text.AsSpan(From, Length);
    }

    public List<LineBox> Break(IReadOnlyList<InlineSpan> spans, double width, TextAlign align)
    {
        var words = Tokenize(spans);
        var lines = new List<LineBox>();
        var line = new List<Word>();
        var lineWidth = 0.0;
        var next = 0;
        Word? carried = null;
        while (carried is not null || next < words.Count)
        {
            var word = carried ?? words[next++];
            carried = null;
            var gap = line.Count == 0 ? 0 : word.SpaceBefore;
            if (lineWidth + gap + word.Width <= width + Epsilon)
            {
                line.Add(word);
                lineWidth += gap + word.Width;
                if (word.HardBreakAfter)
                    EndLine(lines, line, ref lineWidth, width, align, lastOfParagraph: true);
                continue;
            }
            var (head, tail) = SplitToFit(word, width - lineWidth - gap, mustSplit: line.Count == 0, hyphenate: align == TextAlign.Justify);
            if (head is not null)
            {
                head.SpaceBefore = word.SpaceBefore;
                line.Add(head);
                lineWidth += gap + head.Width;
                EndLine(lines, line, ref lineWidth, width, align, lastOfParagraph: false);
                tail!.SpaceBefore = 0;
                carried = tail;
                continue;
            }
            if (line.Count == 0)
            {
                // A single character wider than the line: set it anyway, overflowing, rather than loop.
                line.Add(word);
                lineWidth = word.Width;
                EndLine(lines, line, ref lineWidth, width, align, lastOfParagraph: word.HardBreakAfter);
                continue;
            }
            EndLine(lines, line, ref lineWidth, width, align, lastOfParagraph: false);
            carried = word;
        }
        if (line.Count > 0)
            EndLine(lines, line, ref lineWidth, width, align, lastOfParagraph: true);
        return lines;
    }

    /// <summary>Smallest width the text can be set in without breaking inside words, and its width on one line.</summary>
    public (double Min, double Max) MeasureExtent(IReadOnlyList<InlineSpan> spans)
    {
        double min = 0, max = 0, current = 0;
        foreach (var word in Tokenize(spans))
        {
            min = Math.Max(min, word.Width);
            current += (current == 0 ? 0 : word.SpaceBefore) + word.Width;
            max = Math.Max(max, current);
            if (word.HardBreakAfter)
                current = 0;
        }
        return (min, max);
    }

    private List<Word> Tokenize(IReadOnlyList<InlineSpan> spans)
    {
        var words = new List<Word>();
        var text = _text.Clear();
        var runs = _runs;
        runs.Clear();
        var pendingSpace = 0.0;

        void EndWord()
        {
            if (text.Length == 0)
                return;
            var source = new Source(text.ToString(), [.. runs]);
            var word = new Word(source, 0, source.Text.Length) { SpaceBefore = pendingSpace, Width = WidthOf(source) };
            words.Add(word);
            pendingSpace = 0;
            text.Clear();
            runs.Clear();
        }

        foreach (var span in spans)
        {
            if (span.IsHardBreak)
            {
                EndWord();
                if (words.Count == 0 || words[^1].HardBreakAfter)
                    words.Add(new Word(new Source("", []), 0, 0) { HardBreakAfter = true });
                else
                    words[^1].HardBreakAfter = true;
                pendingSpace = 0;
                continue;
            }
            var start = 0;
            for (var i = 0; i <= span.Text.Length; i++)
            {
                var atEnd = i == span.Text.Length;
                if (!atEnd && !char.IsWhiteSpace(span.Text[i]) || !atEnd && span.Text[i] == '\u00A0')
                    continue;
                if (i > start)
                {
                    runs.Add(new Run(text.Length, i - start, span.Style, span.Link));
                    text.Append(span.Text, start, i - start);
                }
                if (!atEnd)
                {
                    EndWord();
                    if (words.Count > 0 && !words[^1].HardBreakAfter)
                        pendingSpace = Math.Max(pendingSpace, context.Measure(" ", span.Style));
                }
                start = i + 1;
            }
        }
        EndWord();
        return words;
    }

    private double WidthOf(Source source)
    {
        var width = 0.0;
        foreach (var run in source.Runs)
            width += context.Measure(source.Text.AsSpan(run.Start, run.Length), run.Style);
        return width;
    }

    private double[] Advances(Source source)
    {
        var advances = new double[source.Text.Length + 1];
        var total = 0.0;
        foreach (var run in source.Runs)
        {
            for (var i = run.Start; i < run.Start + run.Length; i++)
            {
                total += context.Measure(source.Text.AsSpan(i, 1), run.Style);
                advances[i + 1] = total;
            }
        }
        return advances;
    }

    /// <summary>The last index in (<paramref name="word"/>.From, <paramref name="word"/>.To) whose head is at most
    /// <paramref name="room"/> wide, or From when none is: widths only grow, so it is found by halving.</summary>
    private static int LastFitting(Word word, double[] advances, double room)
    {
        var limit = advances[word.From] + room + Epsilon;
        int low = word.From, high = word.To - 1;
        while (low < high)
        {
            var middle = low + (high - low + 1) / 2;
            if (advances[middle] <= limit)
                low = middle;
            else
                high = middle - 1;
        }
        return low;
    }

    private (Word? Head, Word? Tail) SplitToFit(Word word, double room, bool mustSplit, bool hyphenate)
    {
        var source = word.Source;
        var advances = source.Advances ??= Advances(source);
        var fit = LastFitting(word, advances, room);
        // A hyphenated head has two letters at least; where not even they fit, the word need not be hyphenated yet.
        if (hyphenate && fit - word.From >= 2)
            source.Hyphens ??= Hyphenate(source.Text);
        for (var i = fit; i > word.From; i--)
        {
            if (!IsBreakOpportunity(word, i, out var hyphen))
                continue;
            var headWidth = advances[i] - advances[word.From] + (hyphen ? HyphenWidth(source, i) : 0);
            if (headWidth <= room + Epsilon)
                return Split(word, i, hyphen);
        }
        if (!mustSplit)
            return (null, null);
        if (!word.ForcedRest)
            context.Report(LayoutProblemKind.WordTooLong,
            $"The word '{Visible(Excerpt(word.Text))}' is wider than its line and was broken between letters; add soft hyphens (&shy;) or shorten it.");
        if (word.Length <= 1)
            return (null, null);
        var cut = Math.Max(word.From + 1, LastFitting(word, advances, room));
        // Never between the two halves of a character outside the Basic Multilingual Plane.
        if (char.IsLowSurrogate(source.Text[cut]) && cut - 1 > word.From)
            cut--;
        var (head, tail) = Split(word, cut, hyphen: false);
        tail.ForcedRest = true;
        return (head, tail);
    }

    /// <summary>A word as a problem message names it: its beginning, if it is long.</summary>
    private static string Excerpt(ReadOnlySpan<char> text) => text.Length <= 80 ? text.ToString() : string.Concat(text[..80], "…");

    private static string Visible(string text) => text.Replace(SoftHyphen.ToString(), "", StringComparison.Ordinal);

    private double HyphenWidth(Source source, int at) => context.Measure("-", StyleAt(source, at - 1));

    private static TextStyle StyleAt(Source source, int index) => source.Runs[RunAt(source.Runs, index)].Style;

    /// <summary>The run holding the character at <paramref name="index"/>: runs follow each other without gaps, so it
    /// is found by halving, however many styles a long word changes between.</summary>
    private static int RunAt(Run[] runs, int index)
    {
        int low = 0, high = runs.Length - 1;
        while (low < high)
        {
            var middle = low + (high - low + 1) / 2;
            if (runs[middle].Start <= index)
                low = middle;
            else
                high = middle - 1;
        }
        return low;
    }

    private static bool IsBreakOpportunity(Word word, int i, out bool hyphen)
    {
        var text = word.Source.Text;
        hyphen = text[i - 1] == SoftHyphen || word.Source.Hyphens is { } points && points[i];
        if (hyphen)
            return i - word.From >= 2;
        return text[i - 1] is '-' or '/' && i - word.From >= 2 && char.IsLetter(text[i - 2]) && char.IsLetter(text[i]);
    }

    /// <summary>Hyphenation points of the word's runs of lower-case letters (after an optional capital). Words the
    /// author hyphenated (soft hyphens), numbers, addresses and abbreviations in capitals are left as they are.</summary>
    private static bool[] Hyphenate(string text)
    {
        var points = new bool[text.Length];
        if (text.AsSpan().IndexOfAny(SoftHyphen, '@', ':') >= 0 || text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            return points;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
                continue;
            var letters = text.AsSpan(start, i - start);
            if (letters.Length >= 5 && !HasCapitalAfterFirst(letters))
            {
                var found = Hyphenator.German.Points(letters);
                for (var p = 1; p < found.Length; p++)
                    points[start + p] = found[p];
            }
            start = i + 1;
        }
        return points;
    }

    private static bool HasCapitalAfterFirst(ReadOnlySpan<char> letters)
    {
        foreach (var c in letters[1..])
        {
            if (char.IsUpper(c))
                return true;
        }
        return false;
    }

    /// <summary>Breaks a word at <paramref name="at"/>. The first hyphenated head of a word stands for the whole word
    /// (the rest of it, to copy, search and read aloud); every piece after it, whatever breaks it again, continues
    /// that word, so that the whole word is written once however many lines it takes.</summary>
    private (Word Head, Word Tail) Split(Word word, int at, bool hyphen)
    {
        var advances = word.Source.Advances!;
        var head = new Word(word.Source, word.From, at)
        {
            Width = advances[at] - advances[word.From], HyphenAfter = hyphen, ContinuesWord = word.ContinuesWord,
        };
        var tail = new Word(word.Source, at, word.To)
        {
            Width = advances[word.To] - advances[at], HardBreakAfter = word.HardBreakAfter, ContinuesWord = word.ContinuesWord,
        };
        if (hyphen)
        {
            head.Width += HyphenWidth(word.Source, at);
            if (!word.ContinuesWord)
                head.WholeWord = Visible(word.Text.ToString());
            tail.ContinuesWord = true;
        }
        return (head, tail);
    }

    /// <summary>The first and last of the source's runs that the piece overlaps (last &lt; first for an empty piece).</summary>
    private static (int First, int Last) RunsOf(Word word) =>
        word.Length == 0 ? (0, -1) : (RunAt(word.Source.Runs, word.From), RunAt(word.Source.Runs, word.To - 1));

    private void EndLine(List<LineBox> lines, List<Word> words, ref double lineWidth, double width, TextAlign align, bool lastOfParagraph)
    {
        var size = context.Theme.Body.Size;
        var face = context.Theme.Body.Face;
        foreach (var word in words)
        {
            var (first, last) = RunsOf(word);
            for (var r = first; r <= last; r++)
            {
                var style = word.Source.Runs[r].Style;
                if (style.Size > size || style.Size == size && face == FontFace.Regular)
                    (size, face) = (style.Size, style.Face);
            }
        }
        var height = context.LineHeight(size);
        var ascent = context.Metrics.Ascent(face, size);
        var descent = context.Metrics.Descent(face, size);
        var baseline = ascent + (height - ascent - descent) / 2;

        var gaps = Math.Max(0, words.Count - 1);
        var justify = align == TextAlign.Justify && !lastOfParagraph && gaps > 0;
        var extra = justify ? (width - lineWidth) / gaps : 0;
        var x = align == TextAlign.Right ? width - lineWidth : 0;

        var items = new List<PageItem>();
        var pending = _pending.Clear();
        TextStyle pendingStyle = default;
        string? pendingLink = null;
        var pendingX = 0.0;
        var continued = 0;
        var (hyphenated, headLength) = ((string?)null, 0);

        void Flush()
        {
            if (pending.Length == 0)
                return;
            var text = pending.ToString();
            var w = context.Measure(text, pendingStyle) + text.AsSpan().Count(' ') * extra;
            items.Add(new TextItem(pendingX, baseline, text, pendingStyle, w, extra)
            {
                ContinuedLength = continued, HyphenatedWord = hyphenated, HeadLength = headLength,
            });
            (continued, hyphenated, headLength) = (0, null, 0);
            if (pendingLink is not null)
                items.Add(new LinkItem(pendingX, 0, w, height, pendingLink));
            pending.Clear();
        }

        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (w > 0)
            {
                x += word.SpaceBefore + extra;
                pending.Append(' ');
            }
            var (first, last) = RunsOf(word);
            var whole = word.From == 0 && word.To == word.Source.Text.Length && word.Source.Runs.Length == 1;
            for (var r = first; r <= last; r++)
            {
                var run = word.Source.Runs[r];
                var start = Math.Max(run.Start, word.From);
                var text = word.Source.Text.AsSpan(start, Math.Min(run.Start + run.Length, word.To) - start);
                if (pending.Length > 0 && (run.Style != pendingStyle || run.Link != pendingLink))
                    Flush();
                if (pending.Length == 0)
                {
                    pendingX = x;
                    pendingStyle = run.Style;
                    pendingLink = run.Link;
                }
                var before = pending.Length;
                foreach (var c in text)
                {
                    if (c != SoftHyphen)
                        pending.Append(c);
                }
                if (word.HyphenAfter && r == last)
                    pending.Append('-');
                if (w == 0 && r == first && word.ContinuesWord && before == 0)
                    continued = pending.Length;
                else if (word.HyphenAfter && r == last)
                    (hyphenated, headLength) = (word.WholeWord, pending.Length - before);
                // A whole word of one style was measured as such when it was read: the same sum, not measured again.
                x += whole ? word.Width : context.Measure(text, run.Style);
            }
        }
        Flush();
        lines.Add(new LineBox(height, items));
        words.Clear();
        lineWidth = 0;
    }
}
