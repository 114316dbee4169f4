using System.Buffers.Binary;
using System.Text;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// A TrueType font file, read once and shared by every document: which glyph draws a character, each glyph's
/// outline and advance, and the figures a PDF font descriptor needs. <see cref="FontSubset"/> builds the embedded
/// subsets from it. Read-only after construction, so threads share it without locks.
/// </summary>
internal sealed class TrueTypeFont
{
    public const uint Head = 0x68656164, Hhea = 0x68686561, Maxp = 0x6D617870, Loca = 0x6C6F6361, Glyf = 0x676C7966,
        Hmtx = 0x686D7478, Cvt = 0x63767420, Fpgm = 0x6670676D, Prep = 0x70726570;

    private const uint Cmap = 0x636D6170, Os2 = 0x4F532F32, Post = 0x706F7374, Name = 0x6E616D65;

    private readonly byte[] _data;
    private readonly Dictionary<uint, (int Offset, int Length)> _tables = [];
    private bool _longLoca;
    private int _metrics;
    private readonly ushort[] _basicPlane = new ushort[char.MaxValue + 1];
    private readonly Dictionary<int, ushort> _otherPlanes = [];

    /// <exception cref="InvalidDataException">The file is not a TrueType font this class can embed; the message names it.</exception>
    public TrueTypeFont(string path, byte[] data)
    {
        Path = path;
        _data = data;
        try
        {
            Read();
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            throw Bad("a table is shorter than its contents say");
        }
    }

    private void Read()
    {
        var data = _data;
        if (data.Length < 12 || U32(0) is not (0x00010000 or 0x74727565 /* 'true' */))
            throw Bad("it is not a single TrueType font (collections and OpenType fonts with PostScript outlines are not supported)");
        var count = U16(4);
        if (data.Length < 12 + 16 * count)
            throw Bad($"its table directory ({count} tables) does not fit");
        for (var i = 0; i < count; i++)
        {
            var record = 12 + 16 * i;
            var (offset, length) = (U32(record + 8), U32(record + 12));
            if (offset > (uint)data.Length || length > (uint)data.Length - offset)
                throw Bad($"table '{TagName(U32(record))}' lies outside the file");
            _tables[U32(record)] = ((int)offset, (int)length);
        }
        foreach (var tag in new[] { Head, Hhea, Maxp, Loca, Glyf, Hmtx, Cmap })
            if (!_tables.ContainsKey(tag))
                throw Bad($"it has no '{TagName(tag)}' table");

        var head = Table(Head);
        var hhea = Table(Hhea);
        if (head.Length < 54 || hhea.Length < 36 || Table(Maxp).Length < 6)
            throw Bad("head, hhea or maxp is too short");
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        BoundingBox = (S16(head, 36), S16(head, 38), S16(head, 40), S16(head, 42));
        _longLoca = S16(head, 50) == 1;
        Ascender = S16(hhea, 4);
        Descender = S16(hhea, 6);
        _metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        GlyphCount = BinaryPrimitives.ReadUInt16BigEndian(Table(Maxp)[4..]);
        if (UnitsPerEm == 0 || _metrics == 0 || _metrics > GlyphCount)
            throw Bad($"it claims {UnitsPerEm} units per em and {_metrics} horizontal metrics for {GlyphCount} glyphs");
        if (Table(Loca).Length < (GlyphCount + 1) * (_longLoca ? 4 : 2) || Table(Hmtx).Length < 4 * _metrics + 2 * (GlyphCount - _metrics))
            throw Bad($"loca or hmtx is too short for {GlyphCount} glyphs");

        if (_tables.ContainsKey(Os2) && Table(Os2) is { Length: >= 90 } os2 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2)
            (XHeight, CapHeight) = (S16(os2, 86), S16(os2, 88));
        if (_tables.ContainsKey(Post) && Table(Post) is { Length: >= 16 } post)
        {
            ItalicAngle = BinaryPrimitives.ReadInt32BigEndian(post[4..]) / 65536.0;
            IsFixedPitch = BinaryPrimitives.ReadUInt32BigEndian(post[12..]) != 0;
        }
        PostScriptName = ReadPostScriptName() ?? System.IO.Path.GetFileNameWithoutExtension(Path).Replace(" ", "", StringComparison.Ordinal);
        ReadCharacterMap();
        // Fonts with an older OS/2 table (DejaVu among them) do not state them: the tops of "H" and "x".
        if (CapHeight == 0)
            CapHeight = Top('H') ?? Ascender;
        if (XHeight == 0)
            XHeight = Top('x') ?? (short)(Ascender / 2);
    }

    private short? Top(char character) =>
        Outline(Glyph(character)) is { Length: >= 10 } outline ? S16(outline, 8) : null;

    public string Path { get; }
    public int GlyphCount { get; private set; }
    public int UnitsPerEm { get; private set; }
    public (short XMin, short YMin, short XMax, short YMax) BoundingBox { get; private set; }
    public short Ascender { get; private set; }
    public short Descender { get; private set; }
    public short CapHeight { get; private set; }
    public short XHeight { get; private set; }
    public double ItalicAngle { get; private set; }
    public bool IsFixedPitch { get; private set; }
    public string PostScriptName { get; private set; } = "";

    /// <summary>The glyph that draws a character; 0 (the font's "missing" glyph) when it has none.</summary>
    public ushort Glyph(int rune) =>
        rune <= char.MaxValue ? _basicPlane[rune] : _otherPlanes.GetValueOrDefault(rune);

    /// <summary>A glyph's advance in font units.</summary>
    public int Advance(int glyph) => BinaryPrimitives.ReadUInt16BigEndian(Table(Hmtx)[(4 * Math.Min(glyph, _metrics - 1))..]);

    /// <summary>A glyph's left side bearing in font units.</summary>
    public short LeftSideBearing(int glyph) => glyph < _metrics
        ? S16(Table(Hmtx), 4 * glyph + 2)
        : S16(Table(Hmtx), 4 * _metrics + 2 * (glyph - _metrics));

    /// <summary>A glyph's outline as it is in glyf; empty for a glyph without one, such as a space.</summary>
    public ReadOnlySpan<byte> Outline(int glyph)
    {
        var loca = Table(Loca);
        int start = Location(loca, glyph), end = Location(loca, glyph + 1);
        var glyf = Table(Glyf);
        if (end < start || end > glyf.Length || (end > start && end - start < 10))
            throw Bad($"loca gives glyph {glyph} a broken place in glyf");
        return glyf[start..end];
    }

    /// <summary>The table with the tag, or empty.</summary>
    public ReadOnlySpan<byte> Table(uint tag) =>
        _tables.TryGetValue(tag, out var table) ? _data.AsSpan(table.Offset, table.Length) : [];

    public InvalidDataException Bad(string reason) => new($"Font file '{Path}' cannot be embedded: {reason}.");

    private int Location(ReadOnlySpan<byte> loca, int glyph) => _longLoca
        ? (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * glyph)..]), int.MaxValue)
        : 2 * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * glyph)..]);

    // Unicode subtables: format 4 for the basic plane, format 12 for all planes; 12 wins where both exist.
    private void ReadCharacterMap()
    {
        var cmap = Table(Cmap);
        int basic = -1, full = -1;
        for (var i = 0; i < BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]); i++)
        {
            var record = cmap.Slice(4 + 8 * i, 8);
            var (platform, encoding) = (BinaryPrimitives.ReadUInt16BigEndian(record), BinaryPrimitives.ReadUInt16BigEndian(record[2..]));
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            if (offset + 4 > cmap.Length || !(platform == 0 || (platform == 3 && encoding is 1 or 10))) continue;
            switch (BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]))
            {
                case 4: basic = offset; break;
                case 12: full = offset; break;
            }
        }
        if (full >= 0)
            ReadFormat12(cmap[full..]);
        else if (basic >= 0)
            ReadFormat4(cmap[basic..]);
        else
            throw Bad("its cmap has no Unicode subtable of format 4 or 12");
    }

    private void ReadFormat4(ReadOnlySpan<byte> table)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = table[14..];
        var starts = ends[(2 * segments + 2)..];
        var deltas = starts[(2 * segments)..];
        var rangeOffsets = deltas[(2 * segments)..];
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(ends[(2 * s)..]), start = BinaryPrimitives.ReadUInt16BigEndian(starts[(2 * s)..]);
            var delta = BinaryPrimitives.ReadUInt16BigEndian(deltas[(2 * s)..]);
            var rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[(2 * s)..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph = rangeOffset == 0 ? c : BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[(2 * s + rangeOffset + 2 * (c - start))..]);
                _basicPlane[c] = Checked((ushort)(rangeOffset != 0 && glyph == 0 ? 0 : glyph + delta));
            }
        }
    }

    private void ReadFormat12(ReadOnlySpan<byte> table)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (var g = 0; g < groups; g++)
        {
            var group = table.Slice(16 + 12 * g, 12);
            var (start, end, glyph) = (BinaryPrimitives.ReadUInt32BigEndian(group), BinaryPrimitives.ReadUInt32BigEndian(group[4..]),
                BinaryPrimitives.ReadUInt32BigEndian(group[8..]));
            for (var c = start; c <= end && c <= 0x10FFFF; c++)
            {
                var id = Checked(glyph + (c - start));
                if (c <= char.MaxValue) _basicPlane[c] = id;
                else _otherPlanes[(int)c] = id;
            }
        }
    }

    private ushort Checked(uint glyph) =>
        glyph < GlyphCount ? (ushort)glyph : throw Bad($"its cmap names glyph {glyph}, beyond its {GlyphCount} glyphs");

    // The PostScript name (name id 6), in the Windows (UTF-16) or Macintosh (Roman) record.
    private string? ReadPostScriptName()
    {
        var name = Table(Name);
        if (name.Length < 6) return null;
        var strings = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        for (var i = 0; i < BinaryPrimitives.ReadUInt16BigEndian(name[2..]); i++)
        {
            var record = name.Slice(6 + 12 * i, 12);
            if (BinaryPrimitives.ReadUInt16BigEndian(record[6..]) != 6) continue;
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var (length, offset) = (BinaryPrimitives.ReadUInt16BigEndian(record[8..]), BinaryPrimitives.ReadUInt16BigEndian(record[10..]));
            if (strings + offset + length > name.Length) continue;
            var bytes = name.Slice(strings + offset, length);
            var text = platform == 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            // A PDF name of a font must be plain: the PostScript name's own rules, printable ASCII without delimiters.
            if (text.Length > 0 && text.All(c => c is > ' ' and < '\x7F' and not ('(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%' or '#')))
                return text;
        }
        return null;
    }

    private uint U32(int at) => BinaryPrimitives.ReadUInt32BigEndian(_data.AsSpan(at));

    private ushort U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(_data.AsSpan(at));

    private static short S16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadInt16BigEndian(data[at..]);

    private static string TagName(uint tag) => string.Create(4, tag, static (chars, tag) =>
    {
        for (var i = 0; i < 4; i++)
            chars[i] = (char)(byte)(tag >> (24 - 8 * i));
    });
}
