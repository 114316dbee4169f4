using System.Text;

namespace Drucksachen.Documents.Layout;

/// <summary>
/// German hyphenation with Liang's patterns in libhyphen's two-level form (Debian's hyphen-de, shipped in
/// <c>Hyphenation/</c> with its licence): the first level finds the joints of compounds from a list of words, the
/// second hyphenates each part by syllables. Loaded once per process, on first use; read-only after that.
/// </summary>
internal sealed class Hyphenator
{
    private const int LeftMin = 2, RightMin = 2, CompoundMin = 2;
    private static readonly Lazy<Hyphenator> GermanInstance = new(() => Load("Drucksachen.Documents.Hyphenation.hyph_de_DE.dic"));

    private readonly Level _compounds;
    private readonly Level _syllables;

    /// <summary>One level's patterns as Liang's trie, numbered breadth first: the children of a node are neighbours
    /// in one array of letters, so that following a word down the trie reads a few neighbouring entries per letter
    /// rather than a hash table of hundreds of thousands of entries, whose lookups missed the processor's caches.</summary>
    private sealed class Level
    {
        private readonly int[] _firstChild;
        private readonly char[] _letter;
        private readonly byte[]?[] _digits;

        public Level(IEnumerable<(string Letters, byte[] Digits)> patterns)
        {
            // First a trie keyed by node and letter, then renumbered breadth first.
            var edges = new Dictionary<long, int>();
            var digits = new List<byte[]?> { null };
            foreach (var (letters, pattern) in patterns)
            {
                var node = 0;
                foreach (var c in letters)
                {
                    var edge = (long)node << 16 | c;
                    if (!edges.TryGetValue(edge, out var child))
                    {
                        edges[edge] = child = digits.Count;
                        digits.Add(null);
                    }
                    node = child;
                }
                digits[node] = pattern;
            }
            var keys = edges.Keys.ToArray();
            var children = edges.Values.ToArray();
            Array.Sort(keys, children);
            var count = digits.Count;
            var start = new int[count + 1];
            foreach (var key in keys)
                start[(int)(key >> 16) + 1]++;
            for (var n = 0; n < count; n++)
                start[n + 1] += start[n];

            _firstChild = new int[count + 1];
            _letter = new char[count];
            _digits = new byte[]?[count];
            var order = new int[count];
            var next = 1;
            for (var n = 0; n < count; n++)
            {
                _firstChild[n] = next;
                _digits[n] = digits[order[n]];
                for (var e = start[order[n]]; e < start[order[n] + 1]; e++)
                {
                    order[next] = children[e];
                    _letter[next++] = (char)keys[e];
                }
            }
            _firstChild[count] = next;
        }

        /// <summary>Raises <paramref name="values"/> (one per gap of <paramref name="text"/>) to every matching pattern's digits.</summary>
        public void Apply(ReadOnlySpan<char> text, byte[] values)
        {
            for (var from = 0; from < text.Length; from++)
            {
                var node = 0;
                for (var at = from; at < text.Length && (node = Child(node, text[at])) > 0; at++)
                {
                    if (_digits[node] is not { } digits)
                        continue;
                    for (var d = 0; d < digits.Length; d++)
                        values[from + d] = Math.Max(values[from + d], digits[d]);
                }
            }
        }

        /// <summary>The child of <paramref name="node"/> along <paramref name="letter"/>, or 0 (the root is no one's child).</summary>
        private int Child(int node, char letter)
        {
            var first = _firstChild[node];
            var at = _letter.AsSpan(first, _firstChild[node + 1] - first).IndexOf(letter);
            return at < 0 ? 0 : first + at;
        }
    }

    private Hyphenator(Level compounds, Level syllables)
    {
        _compounds = compounds;
        _syllables = syllables;
    }

    public static Hyphenator German => GermanInstance.Value;

    /// <summary>Where <paramref name="word"/> (letters only) may be hyphenated: true at i means between i - 1 and i.</summary>
    public bool[] Points(ReadOnlySpan<char> word)
    {
        var points = new bool[word.Length];
        if (word.Length < LeftMin + RightMin)
            return points;
        var lower = word.ToString().ToLowerInvariant();
        var joints = Apply(_compounds, lower, CompoundMin, CompoundMin);
        var start = 0;
        for (var i = 1; i <= lower.Length; i++)
        {
            if (i < lower.Length && !joints[i])
                continue;
            if (i < lower.Length)
                points[i] = true;
            var part = Apply(_syllables, lower[start..i], start == 0 ? LeftMin : CompoundMin, i == lower.Length ? RightMin : CompoundMin);
            for (var p = 1; p < part.Length; p++)
                points[start + p] |= part[p];
            start = i;
        }
        return points;
    }

    private static bool[] Apply(Level level, string word, int leftMin, int rightMin)
    {
        var text = ("." + word + ".").AsSpan();
        var values = new byte[text.Length + 1];
        level.Apply(text, values);
        // values[k] is the value before text[k]; text[k] is word[k - 1].
        var points = new bool[word.Length];
        for (var i = leftMin; i <= word.Length - rightMin; i++)
            points[i] = values[i + 1] % 2 == 1;
        return points;
    }

    private static Hyphenator Load(string resource)
    {
        using var stream = typeof(Hyphenator).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The hyphenation patterns {resource} are missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var compounds = new List<(string, byte[])>();
        var syllables = new List<(string, byte[])>();
        var level = compounds;
        reader.ReadLine(); // the encoding
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line == "NEXTLEVEL")
            {
                level = syllables;
                continue;
            }
            // Comments, options, and non-standard hyphenation (c-k → k-k of the old spelling), which German no longer needs.
            if (line.Length == 0 || line[0] == '#' || line.Contains('/') || line.Contains(' ') || char.IsUpper(line[0]))
                continue;
            var letters = new StringBuilder(line.Length);
            var digits = new List<byte> { 0 };
            foreach (var c in line)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits[^1] = (byte)(c - '0');
                    continue;
                }
                letters.Append(c);
                digits.Add(0);
            }
            level.Add((letters.ToString(), [.. digits]));
        }
        return new Hyphenator(new Level(compounds), new Level(syllables));
    }
}
