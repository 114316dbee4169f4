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

    /// <summary>A word: text without breakable spaces, possibly in several styles.</summary>
    private sealed class Word(string text, Run[] runs)
    {
        public string Text { get; } = text;
        public Run[] Runs { get; } = runs;
        public double SpaceBefore { get; set; }
        public bool HardBreakAfter { get; set; }
        public bool HyphenAfter { get; set; }

        /// <summary>The word this one is the hyphenated head of.</summary>
        public string? WholeWord { get; set; }

        /// <summary>The rest of a word hyphenated on the line before.</summary>
        public bool ContinuesWord { get; set; }

        /// <summary>Hyphenation points by <see cref="Hyphenator"/>, found when the word first meets a line end.</summary>
        public bool[]? Hyphens { get; set; }

        /// <summary>The rest of a word that had to be broken between letters; reported once, for the whole word.</summary>
        public bool ForcedRest { get; set; }
        public double Width { get; set; }
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
        var text = new StringBuilder();
        var runs = new List<Run>();
        var pendingSpace = 0.0;

        void EndWord()
        {
            if (text.Length == 0)
                return;
            var word = new Word(text.ToString(), [.. runs]) { SpaceBefore = pendingSpace };
            word.Width = WidthOf(word, 0, word.Text.Length);
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
                    words.Add(new Word("", []) { HardBreakAfter = true });
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

    private double WidthOf(Word word, int from, int to)
    {
        var width = 0.0;
        foreach (var run in word.Runs)
        {
            var start = Math.Max(run.Start, from);
            var end = Math.Min(run.Start + run.Length, to);
            if (end > start)
                width += context.Measure(word.Text.AsSpan(start, end - start), run.Style);
        }
        return width;
    }

    private (Word? Head, Word? Tail) SplitToFit(Word word, double room, bool mustSplit, bool hyphenate)
    {
        if (hyphenate)
            word.Hyphens ??= Hyphenate(word.Text);
        for (var i = word.Text.Length - 1; i > 0; i--)
        {
            if (!IsBreakOpportunity(word, i, out var hyphen))
                continue;
            var headWidth = WidthOf(word, 0, i) + (hyphen ? HyphenWidth(word, i) : 0);
            if (headWidth <= room + Epsilon)
                return Split(word, i, hyphen);
        }
        if (!mustSplit)
            return (null, null);
        if (!word.ForcedRest)
            context.Report(LayoutProblemKind.WordTooLong,
            $"The word '{Visible(word.Text)}' is wider than its line and was broken between letters; add soft hyphens (&shy;) or shorten it.");
        var cut = 1;
        while (cut < word.Text.Length - 1 && WidthOf(word, 0, cut + 1) <= room + Epsilon)
            cut++;
        if (word.Text.Length <= 1)
            return (null, null);
        var (head, tail) = Split(word, cut, hyphen: false);
        tail.ForcedRest = true;
        return (head, tail);
    }

    private static string Visible(string text) => text.Replace(SoftHyphen.ToString(), "", StringComparison.Ordinal);

    private double HyphenWidth(Word word, int at) => context.Measure("-", StyleAt(word, at - 1));

    private static TextStyle StyleAt(Word word, int index) =>
        word.Runs.First(r => index >= r.Start && index < r.Start + r.Length).Style;

    private static bool IsBreakOpportunity(Word word, int i, out bool hyphen)
    {
        var text = word.Text;
        hyphen = text[i - 1] == SoftHyphen || word.Hyphens is { } points && points[i];
        if (hyphen)
            return i >= 2;
        return text[i - 1] is '-' or '/' && i >= 2 && char.IsLetter(text[i - 2]) && char.IsLetter(text[i]);
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

    private (Word Head, Word Tail) Split(Word word, int at, bool hyphen)
    {
        Word Part(int from, int to)
        {
            var runs = new List<Run>();
            foreach (var run in word.Runs)
            {
                var start = Math.Max(run.Start, from);
                var end = Math.Min(run.Start + run.Length, to);
                if (end > start)
                    runs.Add(run with { Start = start - from, Length = end - start });
            }
            var part = new Word(word.Text[from..to], [.. runs]) { Hyphens = word.Hyphens?[from..to] };
            part.Width = WidthOf(part, 0, part.Text.Length);
            return part;
        }

        var head = Part(0, at);
        head.HyphenAfter = hyphen;
        head.ContinuesWord = word.ContinuesWord;
        var tail = Part(at, word.Text.Length);
        if (hyphen)
        {
            head.Width += HyphenWidth(word, at);
            head.WholeWord = word.WholeWord ?? Visible(word.Text);
            tail.ContinuesWord = true;
            tail.WholeWord = head.WholeWord;
        }
        tail.HardBreakAfter = word.HardBreakAfter;
        return (head, tail);
    }

    private void EndLine(List<LineBox> lines, List<Word> words, ref double lineWidth, double width, TextAlign align, bool lastOfParagraph)
    {
        var size = context.Theme.Body.Size;
        var face = context.Theme.Body.Face;
        foreach (var word in words)
        foreach (var run in word.Runs)
        {
            if (run.Style.Size > size || run.Style.Size == size && face == FontFace.Regular)
                (size, face) = (run.Style.Size, run.Style.Face);
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
        var pending = new StringBuilder();
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
            for (var r = 0; r < word.Runs.Length; r++)
            {
                var run = word.Runs[r];
                var text = word.Text.AsSpan(run.Start, run.Length);
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
                if (w == 0 && r == 0 && word.ContinuesWord && before == 0)
                    continued = pending.Length;
                if (word.HyphenAfter && r == word.Runs.Length - 1)
                {
                    pending.Append('-');
                    (hyphenated, headLength) = (word.WholeWord, pending.Length - before);
                }
                x += context.Measure(text, run.Style);
            }
        }
        Flush();
        lines.Add(new LineBox(height, items));
        words.Clear();
        lineWidth = 0;
    }
}
