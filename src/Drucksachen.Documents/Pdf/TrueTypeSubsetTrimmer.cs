using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Drucksachen.Documents.Pdf;

/// <summary>
/// Cuts the unused tail off a TrueType subset as PDFsharp embeds it. PDFsharp empties the glyphs a paper does not
/// use but keeps a loca and hmtx entry for every glyph of the full font (some 6,000 for DejaVu), which is most of
/// the subset's bytes and of the time spent deflating it. Glyphs after the last one with an outline are dropped;
/// none is renumbered, as the content streams address glyphs by id (Identity-H, CID = glyph id). How much goes
/// depends on the paper: in DejaVu, "Ö" and "Ü" are built from a dieresis near the end of the font (glyph 5922),
/// so a face that draws either keeps almost all its entries.
/// </summary>
internal static class TrueTypeSubsetTrimmer
{
    private const uint Head = 0x68656164, Hhea = 0x68686561, Maxp = 0x6D617870, Loca = 0x6C6F6361, Glyf = 0x676C7966, Hmtx = 0x686D7478;

    // Tables that neither count glyphs nor name glyph ids, so they stay valid when the tail goes. Anything else
    // (cmap, post, hdmx, kern, GSUB, ...) could point past the cut; PDFsharp writes none of them for the Unicode
    // (CID) fonts we use, and a font that has them is refused rather than embedded broken.
    private static readonly uint[] Kept =
    [
        Head, Hhea, Maxp, Loca, Glyf, Hmtx,
        0x63767420 /* cvt */, 0x6670676D /* fpgm */, 0x70726570 /* prep */, 0x67617370 /* gasp */,
        0x4F532F32 /* OS/2 */, 0x6E616D65 /* name */,
    ];

    private const int MaxTables = 32;

    private record struct Table(uint Tag, int Offset, int Length);

    /// <summary>
    /// Writes the trimmed font program to <paramref name="output"/> and returns its length. <paramref name="drawnGlyphs"/>
    /// is one past the highest glyph id the pages draw in this font: a drawn glyph without an outline (a space, a
    /// no-break space) looks like an unused one in glyf, and must not be cut.
    /// </summary>
    /// <exception cref="InvalidDataException">The font is not a TrueType subset of the shape PDFsharp writes.</exception>
    public static int Trim(ReadOnlySpan<byte> font, int drawnGlyphs, IBufferWriter<byte> output)
    {
        if (font.Length < 12 || U32(font, 0) is not (0x00010000 or 0x74727565 /* 'true' */))
            throw Bad("it is not a TrueType font program");
        var count = U16(font, 4);
        if (count is 0 or > MaxTables || font.Length < 12 + 16 * count)
            throw Bad($"its table directory ({count} tables) does not fit");

        Span<Table> tables = stackalloc Table[count];
        int head = -1, hhea = -1, maxp = -1, loca = -1, glyf = -1, hmtx = -1;
        for (var i = 0; i < count; i++)
        {
            var record = font.Slice(12 + 16 * i, 16);
            var tag = U32(record, 0);
            var offset = U32(record, 8);
            var length = U32(record, 12);
            if (offset > (uint)font.Length || length > (uint)font.Length - offset)
                throw Bad($"table '{Name(tag)}' lies outside the font");
            if (Array.IndexOf(Kept, tag) < 0)
                throw Bad($"it has a '{Name(tag)}' table, which may refer to the glyphs that would be cut");
            tables[i] = new Table(tag, (int)offset, (int)length);
            switch (tag)
            {
                case Head: head = i; break;
                case Hhea: hhea = i; break;
                case Maxp: maxp = i; break;
                case Loca: loca = i; break;
                case Glyf: glyf = i; break;
                case Hmtx: hmtx = i; break;
            }
        }
        if (head < 0 || hhea < 0 || maxp < 0 || loca < 0 || glyf < 0 || hmtx < 0)
            throw Bad("one of head, hhea, maxp, loca, glyf and hmtx is missing");

        var headData = Data(font, tables[head]);
        var hheaData = Data(font, tables[hhea]);
        var maxpData = Data(font, tables[maxp]);
        if (headData.Length < 54 || U32(headData, 12) != 0x5F0F3CF5 || hheaData.Length < 36 || maxpData.Length < 6)
            throw Bad("head, hhea or maxp is too short or malformed");
        var longLoca = U16(headData, 50) switch
        {
            0 => false,
            1 => true,
            var format => throw Bad($"head.indexToLocFormat is {format}"),
        };
        int glyphs = U16(maxpData, 4), metrics = U16(hheaData, 34);
        var locaData = Data(font, tables[loca]);
        var glyfData = Data(font, tables[glyf]);
        if (glyphs == 0 || metrics == 0 || metrics > glyphs)
            throw Bad($"it claims {glyphs} glyphs with {metrics} horizontal metrics");
        if (locaData.Length < (glyphs + 1) * (longLoca ? 4 : 2) || tables[hmtx].Length < HmtxLength(glyphs, metrics))
            throw Bad($"loca or hmtx is too short for {glyphs} glyphs");

        if (drawnGlyphs > glyphs)
            throw Bad($"the pages draw glyph {drawnGlyphs - 1}, beyond the font's {glyphs} glyphs");
        var kept = Math.Max(drawnGlyphs, KeptGlyphs(locaData, longLoca, glyfData, glyphs));
        var keptMetrics = Math.Min(metrics, kept);

        var size = 12 + 16 * count;
        for (var i = 0; i < count; i++)
        {
            var table = tables[i];
            var newLength = i == loca ? (kept + 1) * (longLoca ? 4 : 2) : i == hmtx ? HmtxLength(kept, keptMetrics) : table.Length;
            tables[i] = table with { Length = newLength };
            size += Padded(newLength);
        }

        var span = output.GetSpan(size)[..size];
        var selector = BitOperations.Log2((uint)count);
        BinaryPrimitives.WriteUInt32BigEndian(span, U32(font, 0));
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(16 << selector));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)selector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)(16 * count - (16 << selector)));

        var position = 12 + 16 * count;
        var fontSum = 0u;
        var headAt = 0;
        for (var i = 0; i < count; i++)
        {
            var table = tables[i];
            var target = span.Slice(position, Padded(table.Length));
            Data(font, table).CopyTo(target);
            target[table.Length..].Clear();
            if (i == maxp)
                BinaryPrimitives.WriteUInt16BigEndian(target[4..], (ushort)kept);
            else if (i == hhea)
                BinaryPrimitives.WriteUInt16BigEndian(target[34..], (ushort)keptMetrics);
            else if (i == head)
            {
                // The font checksum is taken with checkSumAdjustment zero; so is head's own table checksum.
                BinaryPrimitives.WriteUInt32BigEndian(target[8..], 0);
                headAt = position;
            }
            var sum = Checksum(target);
            fontSum += sum;
            var record = span.Slice(12 + 16 * i, 16);
            BinaryPrimitives.WriteUInt32BigEndian(record, table.Tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], sum);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)position);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)table.Length);
            position += target.Length;
        }
        fontSum += Checksum(span[..(12 + 16 * count)]);
        BinaryPrimitives.WriteUInt32BigEndian(span[(headAt + 8)..], 0xB1B0AFBA - fontSum);
        output.Advance(size);
        return size;
    }

    /// <summary>
    /// One past the last glyph with an outline, or past the highest component a kept composite glyph uses: PDFsharp
    /// adds components to the subset, but an empty one must not be cut away from under its composite.
    /// </summary>
    private static int KeptGlyphs(ReadOnlySpan<byte> loca, bool longLoca, ReadOnlySpan<byte> glyf, int glyphs)
    {
        var kept = 1;
        var start = Location(loca, longLoca, 0);
        for (var glyph = 0; glyph < glyphs; glyph++)
        {
            var end = Location(loca, longLoca, glyph + 1);
            if (end < start || end > glyf.Length)
                throw Bad($"loca entry {glyph + 1} points outside glyf");
            if (end > start)
            {
                kept = Math.Max(kept, glyph + 1);
                if (end - start < 10)
                    throw Bad($"glyph {glyph} is shorter than a glyph header");
                if ((short)U16(glyf, start) < 0)
                    kept = Math.Max(kept, HighestComponent(glyf[(start + 10)..end], glyph, glyphs) + 1);
            }
            start = end;
        }
        return kept;
    }

    private static int HighestComponent(ReadOnlySpan<byte> components, int glyph, int glyphs)
    {
        const int ArgsAreWords = 0x1, Scale = 0x8, MoreComponents = 0x20, XYScale = 0x40, TwoByTwo = 0x80;
        var highest = 0;
        var at = 0;
        int flags;
        do
        {
            if (at + 4 > components.Length)
                throw Bad($"composite glyph {glyph} ends inside a component record");
            flags = U16(components, at);
            var component = U16(components, at + 2);
            if (component >= glyphs)
                throw Bad($"composite glyph {glyph} uses glyph {component}, beyond the font's {glyphs} glyphs");
            highest = Math.Max(highest, component);
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2)
                + ((flags & Scale) != 0 ? 2 : (flags & XYScale) != 0 ? 4 : (flags & TwoByTwo) != 0 ? 8 : 0);
        }
        while ((flags & MoreComponents) != 0);
        return highest;
    }

    private static int HmtxLength(int glyphs, int metrics) => 4 * metrics + 2 * (glyphs - metrics);

    private static int Location(ReadOnlySpan<byte> loca, bool longLoca, int glyph) =>
        longLoca ? U32AsInt(loca, 4 * glyph) : 2 * U16(loca, 2 * glyph);

    private static int Padded(int length) => (length + 3) & ~3;

    /// <summary>Sum of big-endian words; <paramref name="data"/> is already padded to a multiple of four.</summary>
    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        var sum = 0u;
        foreach (var word in MemoryMarshal.Cast<byte, uint>(data))
            sum += BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(word) : word;
        return sum;
    }

    private static ReadOnlySpan<byte> Data(ReadOnlySpan<byte> font, Table table) => font.Slice(table.Offset, table.Length);

    private static ushort U16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data[at..]);

    private static uint U32(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt32BigEndian(data[at..]);

    private static int U32AsInt(ReadOnlySpan<byte> data, int at) =>
        U32(data, at) is var value and <= int.MaxValue ? (int)value : throw Bad("an offset does not fit in the font");

    private static string Name(uint tag) => string.Create(4, tag, static (chars, tag) =>
    {
        for (var i = 0; i < 4; i++)
            chars[i] = (char)(byte)(tag >> (24 - 8 * i));
    });

    private static InvalidDataException Bad(string reason) =>
        new($"Cannot trim the embedded TrueType subset: {reason}. PDFsharp's font subsets may have changed shape; the PDF was not written.");
}
