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

    /// <summary>One level's patterns, looked up by spans of the word so that hyphenating allocates nothing per lookup.</summary>
    private sealed class Level(Dictionary<string, byte[]> patterns)
    {
        public Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> Patterns { get; } = patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        public int Longest { get; } = patterns.Keys.Max(k => k.Length);
    }

    private Hyphenator(Dictionary<string, byte[]> compounds, Dictionary<string, byte[]> syllables)
    {
        _compounds = new Level(compounds);
        _syllables = new Level(syllables);
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
        for (var from = 0; from < text.Length; from++)
        {
            for (var length = 1; length <= level.Longest && from + length <= text.Length; length++)
            {
                if (!level.Patterns.TryGetValue(text.Slice(from, length), out var digits))
                    continue;
                for (var d = 0; d < digits.Length; d++)
                    values[from + d] = Math.Max(values[from + d], digits[d]);
            }
        }
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
        var compounds = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var syllables = new Dictionary<string, byte[]>(StringComparer.Ordinal);
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
            level[letters.ToString()] = [.. digits];
        }
        return new Hyphenator(compounds, syllables);
    }
}
