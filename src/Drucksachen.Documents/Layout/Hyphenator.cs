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

    private readonly Alphabet _alphabet;
    private readonly Level _compounds;
    private readonly Level _syllables;

    /// <summary>The letters the patterns are written in, numbered from 1; every other character is 0, which no
    /// pattern contains. Words are matched as these numbers, so that a trie node's children are a few bytes.</summary>
    private sealed class Alphabet
    {
        private readonly byte[] _symbols = new byte[char.MaxValue + 1];

        public Alphabet(IEnumerable<string> patterns)
        {
            foreach (var c in patterns.SelectMany(p => p).Distinct().Order())
            {
                if (Size == byte.MaxValue)
                    throw new InvalidOperationException("The hyphenation patterns use more letters than a byte numbers.");
                _symbols[c] = (byte)++Size;
            }
        }

        /// <summary>The highest number a letter has.</summary>
        public int Size { get; }

        public byte this[char c] => _symbols[c];
    }

    /// <summary>One level's patterns as Liang's trie, numbered breadth first: the children of a node are neighbours
    /// in one array of nodes, each holding its letter, its children's place and its pattern's digits' place, so that
    /// following a word down the trie reads a few neighbouring entries per letter; a trie of hundreds of thousands
    /// of nodes spread over several arrays (or a hash table) missed the processor's caches at every step. Nodes with
    /// many children (the root above all, which every position of every word starts from) also have a row of their
    /// children by letter, found at once.</summary>
    private sealed class Level
    {
        private const int DenseChildren = 8;

        private struct Node
        {
            public int FirstChild;
            public int Row;
            /// <summary>Where the pattern ending here has its digits in the pool (count, then digits); -1: none.</summary>
            public int Digits;
            public byte Letter;
            public byte Children;
        }

        private readonly Node[] _nodes;
        private readonly int[] _rows;
        private readonly byte[] _digits;

        public Level(IEnumerable<(string Letters, byte[] Digits)> patterns, Alphabet alphabet)
        {
            // First a trie keyed by node and letter, then renumbered breadth first.
            var edges = new Dictionary<long, int>();
            var digits = new List<byte[]?> { null };
            foreach (var (letters, pattern) in patterns)
            {
                var node = 0;
                foreach (var c in letters)
                {
                    var edge = (long)node << 8 | alphabet[c];
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
                start[(int)(key >> 8) + 1]++;
            for (var n = 0; n < count; n++)
                start[n + 1] += start[n];

            _nodes = new Node[count];
            var width = alphabet.Size + 1;
            var rows = new List<int>();
            var pool = new List<byte>();
            var order = new int[count];
            var next = 1;
            for (var n = 0; n < count; n++)
            {
                ref var node = ref _nodes[n];
                var (first, end) = (start[order[n]], start[order[n] + 1]);
                node.FirstChild = next;
                node.Children = checked((byte)(end - first));
                node.Digits = -1;
                if (digits[order[n]] is { } pattern)
                {
                    node.Digits = pool.Count;
                    pool.Add(checked((byte)pattern.Length));
                    pool.AddRange(pattern);
                }
                node.Row = end - first >= DenseChildren ? rows.Count : -1;
                if (node.Row >= 0)
                    rows.AddRange(new int[width]);
                for (var e = first; e < end; e++)
                {
                    order[next] = children[e];
                    _nodes[next].Letter = (byte)keys[e];
                    if (node.Row >= 0)
                        rows[node.Row + (byte)keys[e]] = next;
                    next++;
                }
            }
            _rows = [.. rows];
            _digits = [.. pool];
        }

        /// <summary>Raises <paramref name="values"/> (one per gap of <paramref name="text"/>) to every matching pattern's digits.</summary>
        public void Apply(ReadOnlySpan<byte> text, Span<byte> values)
        {
            for (var from = 0; from < text.Length; from++)
            {
                var node = 0;
                for (var at = from; at < text.Length && (node = Child(node, text[at])) > 0; at++)
                {
                    var place = _nodes[node].Digits;
                    if (place < 0)
                        continue;
                    var digits = _digits.AsSpan(place + 1, _digits[place]);
                    var target = values.Slice(from, digits.Length);
                    for (var d = 0; d < digits.Length; d++)
                        target[d] = Math.Max(target[d], digits[d]);
                }
            }
        }

        /// <summary>The child of <paramref name="node"/> along <paramref name="letter"/>, or 0 (the root is no one's child).</summary>
        private int Child(int node, byte letter)
        {
            ref readonly var parent = ref _nodes[node];
            if (parent.Row >= 0)
                return _rows[parent.Row + letter];
            var children = _nodes.AsSpan(parent.FirstChild, parent.Children);
            for (var c = 0; c < children.Length; c++)
            {
                if (children[c].Letter == letter)
                    return parent.FirstChild + c;
            }
            return 0;
        }
    }

    private Hyphenator(Alphabet alphabet, Level compounds, Level syllables)
    {
        _alphabet = alphabet;
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
        // The word between two dots (word boundaries), as letter numbers, and a value for every gap of it.
        var length = word.Length + 2;
        var text = length <= 128 ? stackalloc byte[length] : new byte[length];
        var values = length <= 128 ? stackalloc byte[length + 1] : new byte[length + 1];
        var lower = length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        var dot = _alphabet['.'];
        for (var i = 0; i < lower.Length; i++)
            text[i + 1] = _alphabet[lower[i]];

        var joints = new Span<bool>(points);
        Apply(_compounds, text, 0, word.Length, CompoundMin, CompoundMin, dot, values, joints);
        var start = 0;
        for (var i = 1; i <= word.Length; i++)
        {
            if (i < word.Length && !joints[i])
                continue;
            // Each part between joints is hyphenated as a word of its own; its points join the joints found.
            Apply(_syllables, text, start, i, start == 0 ? LeftMin : CompoundMin, i == word.Length ? RightMin : CompoundMin, dot, values, points);
            start = i;
        }
        return points;
    }

    /// <summary>Sets the points of the part <paramref name="from"/> to <paramref name="to"/> of the word in
    /// <paramref name="text"/> (its letters at 1 to length) that one level finds; the part's ends stay as they are.</summary>
    private static void Apply(Level level, Span<byte> text, int from, int to, int leftMin, int rightMin, byte dot,
        Span<byte> values, Span<bool> points)
    {
        // The part between dots: the letters before and after it are stood in for, and put back after.
        var (before, after) = (text[from], text[to + 1]);
        (text[from], text[to + 1]) = (dot, dot);
        var part = text[from..(to + 2)];
        var partValues = values[..(part.Length + 1)];
        partValues.Clear();
        level.Apply(part, partValues);
        (text[from], text[to + 1]) = (before, after);
        // partValues[k] is the value before part[k]; part[k] is the word's letter from + k - 1.
        for (var i = leftMin; i <= to - from - rightMin; i++)
        {
            if (partValues[i + 1] % 2 == 1)
                points[from + i] = true;
        }
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
        var alphabet = new Alphabet(compounds.Concat(syllables).Select(p => p.Item1).Append("."));
        return new Hyphenator(alphabet, new Level(compounds, alphabet), new Level(syllables, alphabet));
    }
}
