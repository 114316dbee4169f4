using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// The glyphs one document draws with one font file, numbered from 1 in the order they are first drawn, and the
/// TrueType subset that holds just those. The number is the character code in the content stream, the CID and the
/// glyph id in the subset at once (Identity-H, Identity CIDToGIDMap), so a subset has as many glyph slots as the
/// document has distinct characters: a few hundred bytes of loca and hmtx instead of the full font's 6,000 entries.
/// Every code stands for one character, so that text extracts exactly: two characters the font draws alike (or a
/// character it lacks, drawn as its missing glyph) get a code and a copy of the glyph each.
/// </summary>
internal sealed class FontSubset
{
    private readonly ushort[] _codeOfGlyph;
    private readonly List<ushort> _glyphs = [0];
    private readonly List<int> _characters = [0];
    private Dictionary<int, ushort>? _sharedGlyphs;

    public FontSubset(TrueTypeFont font)
    {
        Font = font;
        _codeOfGlyph = new ushort[font.GlyphCount];
    }

    public TrueTypeFont Font { get; }

    /// <summary>The codes in use are 1 to this count.</summary>
    public int Count => _glyphs.Count - 1;

    /// <summary>The two-byte code that draws a character, added on first use.</summary>
    public ushort Code(int character)
    {
        var glyph = Font.Glyph(character);
        var code = _codeOfGlyph[glyph];
        return code != 0 && _characters[code] == character ? code : Add(character, glyph);
    }

    private ushort Add(int character, ushort glyph)
    {
        _sharedGlyphs ??= [];
        if (_sharedGlyphs.TryGetValue(character, out var shared))
            return shared;
        if (_glyphs.Count >= ushort.MaxValue)
            throw new InvalidOperationException($"A document draws more than {ushort.MaxValue} distinct characters in font '{Font.Path}'.");
        var code = (ushort)_glyphs.Count;
        _glyphs.Add(glyph);
        _characters.Add(character);
        if (_codeOfGlyph[glyph] == 0 && glyph != 0)
            _codeOfGlyph[glyph] = code;
        else
            _sharedGlyphs[character] = code;
        return code;
    }

    /// <summary>A name tag for the subset (PDF 9.6.4): six capitals, the same for the same font and characters.</summary>
    public string Tag()
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData([.. Encoding.UTF8.GetBytes(Font.PostScriptName), .. MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(_characters))], hash);
        return string.Create(6, hash[..6].ToArray(), static (tag, bytes) =>
        {
            for (var i = 0; i < 6; i++)
                tag[i] = (char)('A' + bytes[i] % 26);
        });
    }

    /// <summary>The widths array of the CID font, in thousandths of an em, rounded: layout places words by the exact widths.</summary>
    public string Widths()
    {
        var widths = new StringBuilder("[1[", 4 * _glyphs.Count + 8);
        for (var code = 1; code < _glyphs.Count; code++)
            widths.Append(CultureInfo.InvariantCulture, $"{(Font.Advance(_glyphs[code]) * 1000 + Font.UnitsPerEm / 2) / Font.UnitsPerEm} ");
        return widths.Append("]]").ToString();
    }

    /// <summary>The ToUnicode CMap: each code to its character.</summary>
    public byte[] UnicodeMap()
    {
        var map = new StringBuilder(
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n", 64 + 20 * _glyphs.Count);
        for (var first = 1; first < _glyphs.Count; first += 100)
        {
            var last = Math.Min(first + 99, _glyphs.Count - 1);
            map.Append(CultureInfo.InvariantCulture, $"{last - first + 1} beginbfchar\n");
            for (var code = first; code <= last; code++)
            {
                map.Append(CultureInfo.InvariantCulture, $"<{code:X4}> <");
                foreach (var unit in char.ConvertFromUtf32(_characters[code]))
                    map.Append(CultureInfo.InvariantCulture, $"{(int)unit:X4}");
                map.Append(">\n");
            }
            map.Append("endbfchar\n");
        }
        map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(map.ToString());
    }

    /// <summary>
    /// The TrueType program: the drawn glyphs at their codes, glyph 0, and after them the components that
    /// composite glyphs (such as "Ö", an "O" and a dieresis) are built from, renumbered alike.
    /// </summary>
    public byte[] Program()
    {
        var glyphs = new List<ushort>(_glyphs);
        var newId = new Dictionary<ushort, ushort>();
        for (var id = 0; id < glyphs.Count; id++)
            newId.TryAdd(glyphs[id], (ushort)id);
        for (var id = 0; id < glyphs.Count; id++)
            foreach (var component in Components(Font.Outline(glyphs[id]), glyphs[id]))
                if (newId.TryAdd(component, (ushort)glyphs.Count))
                    glyphs.Add(component);
        if (glyphs.Count > ushort.MaxValue)
            throw Font.Bad("a subset would need more than 65,535 glyphs");

        var tables = new List<(uint Tag, int Length)>();
        var lengths = glyphs.Select(glyph => Padded(Font.Outline(glyph).Length)).ToArray();
        var glyfLength = lengths.Sum();
        foreach (var tag in new[] { TrueTypeFont.Cvt, TrueTypeFont.Fpgm, TrueTypeFont.Glyf, TrueTypeFont.Head, TrueTypeFont.Hhea,
                     TrueTypeFont.Hmtx, TrueTypeFont.Loca, TrueTypeFont.Maxp, TrueTypeFont.Prep })
        {
            var length = tag switch
            {
                TrueTypeFont.Glyf => glyfLength,
                TrueTypeFont.Hmtx => 4 * glyphs.Count,
                TrueTypeFont.Loca => 4 * (glyphs.Count + 1),
                _ => Font.Table(tag).Length,
            };
            if (length > 0 || tag == TrueTypeFont.Glyf)
                tables.Add((tag, length));
        }

        var directory = 12 + 16 * tables.Count;
        var program = new byte[directory + tables.Sum(t => Padded(t.Length))];
        var selector = BitOperations.Log2((uint)tables.Count);
        BinaryPrimitives.WriteUInt32BigEndian(program, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(program.AsSpan(4), (ushort)tables.Count);
        BinaryPrimitives.WriteUInt16BigEndian(program.AsSpan(6), (ushort)(16 << selector));
        BinaryPrimitives.WriteUInt16BigEndian(program.AsSpan(8), (ushort)selector);
        BinaryPrimitives.WriteUInt16BigEndian(program.AsSpan(10), (ushort)(16 * tables.Count - (16 << selector)));

        var position = directory;
        var fontSum = 0u;
        var headAt = 0;
        for (var i = 0; i < tables.Count; i++)
        {
            var (tag, length) = tables[i];
            var table = program.AsSpan(position, Padded(length));
            switch (tag)
            {
                case TrueTypeFont.Glyf: WriteGlyphs(table, glyphs, newId); break;
                case TrueTypeFont.Loca: WriteLocations(table, lengths); break;
                case TrueTypeFont.Hmtx: WriteMetrics(table, glyphs); break;
                default: Font.Table(tag).CopyTo(table); break;
            }
            switch (tag)
            {
                case TrueTypeFont.Head:
                    // The font's checksum is taken with checkSumAdjustment zero; so is head's own table checksum.
                    BinaryPrimitives.WriteUInt32BigEndian(table[8..], 0);
                    BinaryPrimitives.WriteInt16BigEndian(table[50..], 1);
                    headAt = position;
                    break;
                case TrueTypeFont.Hhea:
                    BinaryPrimitives.WriteUInt16BigEndian(table[34..], (ushort)glyphs.Count);
                    break;
                case TrueTypeFont.Maxp:
                    BinaryPrimitives.WriteUInt16BigEndian(table[4..], (ushort)glyphs.Count);
                    break;
            }
            var sum = Checksum(table);
            fontSum += sum;
            var record = program.AsSpan(12 + 16 * i, 16);
            BinaryPrimitives.WriteUInt32BigEndian(record, tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], sum);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)position);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)length);
            position += table.Length;
        }
        fontSum += Checksum(program.AsSpan(0, directory));
        BinaryPrimitives.WriteUInt32BigEndian(program.AsSpan(headAt + 8), 0xB1B0AFBA - fontSum);
        return program;
    }

    // Each outline at a four-byte boundary; a composite's component ids are rewritten to the subset's.
    private void WriteGlyphs(Span<byte> glyf, List<ushort> glyphs, Dictionary<ushort, ushort> newId)
    {
        var at = 0;
        foreach (var glyph in glyphs)
        {
            var outline = Font.Outline(glyph);
            var target = glyf.Slice(at, outline.Length);
            outline.CopyTo(target);
            foreach (var place in ComponentPlaces(outline, glyph))
                BinaryPrimitives.WriteUInt16BigEndian(target[place..], newId[BinaryPrimitives.ReadUInt16BigEndian(outline[place..])]);
            at += Padded(outline.Length);
        }
    }

    private static void WriteLocations(Span<byte> loca, int[] lengths)
    {
        var at = 0;
        for (var id = 0; id < lengths.Length; id++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca[(4 * id)..], (uint)at);
            at += lengths[id];
        }
        BinaryPrimitives.WriteUInt32BigEndian(loca[(4 * lengths.Length)..], (uint)at);
    }

    private void WriteMetrics(Span<byte> hmtx, List<ushort> glyphs)
    {
        for (var id = 0; id < glyphs.Count; id++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(hmtx[(4 * id)..], (ushort)Font.Advance(glyphs[id]));
            BinaryPrimitives.WriteInt16BigEndian(hmtx[(4 * id + 2)..], Font.LeftSideBearing(glyphs[id]));
        }
    }

    private List<ushort> Components(ReadOnlySpan<byte> outline, ushort glyph)
    {
        var components = new List<ushort>();
        foreach (var place in ComponentPlaces(outline, glyph))
        {
            var component = BinaryPrimitives.ReadUInt16BigEndian(outline[place..]);
            if (component >= Font.GlyphCount)
                throw Font.Bad($"composite glyph {glyph} uses glyph {component}, beyond its {Font.GlyphCount} glyphs");
            components.Add(component);
        }
        return components;
    }

    /// <summary>Where in a composite outline each component's glyph id is; none in a simple or empty outline.</summary>
    private List<int> ComponentPlaces(ReadOnlySpan<byte> outline, ushort glyph)
    {
        const int ArgsAreWords = 0x1, Scale = 0x8, MoreComponents = 0x20, XYScale = 0x40, TwoByTwo = 0x80;
        var places = new List<int>(2);
        // A composite outline says so with a negative contour count.
        if (outline.Length == 0 || BinaryPrimitives.ReadInt16BigEndian(outline) >= 0)
            return places;
        var at = 10;
        int flags;
        do
        {
            if (at + 4 > outline.Length)
                throw Font.Bad($"composite glyph {glyph} ends inside a component record");
            flags = BinaryPrimitives.ReadUInt16BigEndian(outline[at..]);
            places.Add(at + 2);
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2)
                + ((flags & Scale) != 0 ? 2 : (flags & XYScale) != 0 ? 4 : (flags & TwoByTwo) != 0 ? 8 : 0);
        }
        while ((flags & MoreComponents) != 0);
        return places;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    /// <summary>Sum of big-endian words; <paramref name="data"/> is padded to a multiple of four.</summary>
    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        var sum = 0u;
        foreach (var word in MemoryMarshal.Cast<byte, uint>(data))
            sum += BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(word) : word;
        return sum;
    }
}
