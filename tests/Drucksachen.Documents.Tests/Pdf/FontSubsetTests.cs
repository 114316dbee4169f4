using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Drucksachen.Documents.Pdf;
using Drucksachen.Documents.Tests.TestSupport;

namespace Drucksachen.Documents.Tests.Pdf;

/// <summary>
/// The embedded TrueType subsets hold one glyph per character the document draws, numbered by their character codes,
/// and the components of composite glyphs. The fonts are read back with a parser of the test's own and compared
/// with the font files, so that the subsetter is not checked against itself.
/// </summary>
public sealed class FontSubsetTests : IDisposable
{
    private static string FontsPath => Samples.ShippedFontsPath;

    private readonly PdfTools _tools = new();

    public void Dispose() => _tools.Dispose();

    [Fact]
    public void Sample_paper_embeds_each_drawn_character_with_the_font_files_glyph()
    {
        var fonts = EmbeddedFonts(Renderers.Default.Render(Samples.Paper1803()).Pdf);

        Assert.Equal(["DejaVuSansCondensed", "DejaVuSansCondensed-Bold"], fonts.Select(f => f.Name).Order(StringComparer.Ordinal));
        var composites = 0;
        Assert.All(fonts, embedded =>
        {
            var font = Sfnt.Read(embedded.Program);
            var original = Sfnt.Read(File.ReadAllBytes(Path.Combine(FontsPath, embedded.Name + ".ttf")));

            Assert.Equal(embedded.Length1, embedded.Program.Length);
            Assert.Equal(["cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"], font.Tags);
            AssertConsistent(font);
            AssertChecksums(embedded.Program);
            Assert.Equal(Enumerable.Range(1, embedded.Characters.Count), embedded.Characters.Keys.Order());
            Assert.Equal(embedded.Characters.Count, embedded.Widths.Count);
            Assert.InRange(font.NumGlyphs, embedded.Characters.Count + 1, embedded.Characters.Count + 40);
            foreach (var (code, character) in embedded.Characters)
            {
                var glyph = original.GlyphOf(character);
                Assert.True(glyph > 0, $"{embedded.Name} has no glyph for U+{character:X4}");
                Assert.Equal(original.Advance(glyph), font.Advance(code));
                Assert.Equal((int)Math.Round(original.Advance(glyph) * 1000.0 / original.UnitsPerEm, MidpointRounding.AwayFromZero), embedded.Widths[code]);
                composites += AssertSameOutline(original, glyph, font, code);
            }
        });
        // "ä", "ö", "ü" are composites in DejaVu: their components came along.
        Assert.True(composites > 0, "the sample drew no composite glyph");
    }

    [Fact]
    public void Characters_the_font_lacks_keep_a_code_each_and_extract_as_written()
    {
        var paper = Samples.Paper1803() with { Sections = new Dictionary<string, string> { ["sachverhalt"] = "Partnerstadt 中文 und 日本" } };

        var pdf = Renderers.Default.Render(paper).Pdf;

        Assert.Contains("Partnerstadt 中文 und 日本", _tools.Text(_tools.Save(pdf)));
        var regular = EmbeddedFonts(pdf).Single(f => f.Name == "DejaVuSansCondensed");
        var missing = regular.Characters.Where(c => c.Value > 0x4000).Select(c => c.Key).ToList();
        Assert.Equal(4, missing.Count);
        var font = Sfnt.Read(regular.Program);
        Assert.All(missing, code => Assert.Equal(font.Glyph(0), font.Glyph(code)));
    }

    [Fact]
    public void Hundreds_of_distinct_characters_and_one_beyond_the_basic_plane_extract_as_written()
    {
        // More than 255 codes, so that the high byte of a code is not always zero; U+1D400 takes a surrogate pair.
        var characters = Enumerable.Range(0xC0, 0x40).Concat(Enumerable.Range(0x100, 0x80)).Concat(Enumerable.Range(0x391, 0x11))
            .Concat(Enumerable.Range(0x3A3, 0x27)).Concat(Enumerable.Range(0x410, 0x40)).Select(c => char.ConvertFromUtf32(c)).Append("\U0001D400").ToList();
        var words = characters.Chunk(12).Select(chunk => string.Concat(chunk)).ToList();
        var paper = Samples.Paper1803() with { Sections = new Dictionary<string, string> { ["sachverhalt"] = string.Join(' ', words) } };

        var pdf = Renderers.Default.Render(paper).Pdf;

        var text = string.Join(' ', _tools.Text(_tools.Save(pdf)).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(string.Join(' ', words), text);
        Assert.True(EmbeddedFonts(pdf).Single(f => f.Name == "DejaVuSansCondensed").Characters.Count > 300);
    }

    [Fact]
    public void Subsets_of_two_fonts_with_the_same_characters_have_different_tags()
    {
        var regular = Drawn("DejaVuSansCondensed.ttf");
        var mono = Drawn("DejaVuSansMono.ttf");

        Assert.Matches("^[A-Z]{6}$", regular.Tag());
        Assert.NotEqual(regular.Tag(), mono.Tag());
        Assert.Equal(regular.Tag(), Drawn("DejaVuSansCondensed.ttf").Tag());

        static FontSubset Drawn(string file)
        {
            var subset = new FontSubset(new TrueTypeFont(file, File.ReadAllBytes(Path.Combine(FontsPath, file))));
            foreach (var character in "Drucksache 1803/22")
                subset.Code(character);
            return subset;
        }
    }

    [Fact]
    public void Code_with_spaces_keeps_the_no_break_space_it_draws()
    {
        // Code blocks draw their spaces as no-break spaces, which have no outline but must have a glyph slot.
        var paper = Samples.Paper1803() with { Sections = new Dictionary<string, string> { ["sachverhalt"] = "```\na b\n```" } };

        var pdf = Renderers.Default.Render(paper).Pdf;

        var mono = EmbeddedFonts(pdf).Single(f => f.Name == "DejaVuSansMono");
        var space = mono.Characters.Single(c => c.Value == 0xA0).Key;
        var font = Sfnt.Read(mono.Program);
        Assert.True(font.NumGlyphs > space);
        Assert.Empty(font.Glyph(space));
        Assert.True(font.Advance(space) > 0);
    }

    [Fact]
    public void Refuses_a_damaged_font_file_naming_it()
    {
        var path = Path.Combine(FontsPath, "DejaVuSansCondensed.ttf");
        var data = File.ReadAllBytes(path);

        var cut = Assert.Throws<InvalidDataException>(() => new TrueTypeFont(path, data[..(data.Length / 3)]));
        var other = Assert.Throws<InvalidDataException>(() => new TrueTypeFont(path, Encoding.ASCII.GetBytes("%PDF-1.7 not a font at all")));

        Assert.Contains(path, cut.Message);
        Assert.Contains(path, other.Message);
    }

    // Equal outlines; for a composite, equal component records whose glyphs have equal outlines in turn.
    private static int AssertSameOutline(Sfnt original, int glyph, Sfnt font, int id)
    {
        var expected = original.Glyph(glyph);
        var actual = font.Glyph(id);
        Assert.Equal(expected.Length, actual.Length);
        if (expected.Length == 0 || BinaryPrimitives.ReadInt16BigEndian(expected) >= 0)
        {
            Assert.Equal(expected, actual);
            return 0;
        }
        var expectedComponents = Sfnt.Components(expected);
        var actualComponents = Sfnt.Components(actual);
        Assert.Equal(expectedComponents.Select(c => c.At), actualComponents.Select(c => c.At));
        var rest = actual.ToArray();
        foreach (var ((at, component), (_, subsetComponent)) in expectedComponents.Zip(actualComponents))
        {
            AssertSameOutline(original, component, font, subsetComponent);
            BinaryPrimitives.WriteUInt16BigEndian(rest.AsSpan(at), (ushort)component);
        }
        Assert.Equal(expected, rest);
        return 1;
    }

    private static void AssertConsistent(Sfnt font)
    {
        Assert.Equal((font.NumGlyphs + 1) * (font.LongLoca ? 4 : 2), font.Table("loca").Length);
        Assert.InRange(font.NumberOfHMetrics, 1, font.NumGlyphs);
        Assert.Equal(4 * font.NumberOfHMetrics + 2 * (font.NumGlyphs - font.NumberOfHMetrics), font.Table("hmtx").Length);
        Assert.Equal(font.Table("glyf").Length, font.Location(font.NumGlyphs));
    }

    /// <summary>Tables on 4-byte boundaries with their checksums, and head.checkSumAdjustment, as the spec has them.</summary>
    private static void AssertChecksums(byte[] program)
    {
        Assert.Equal(0, program.Length % 4);
        var count = BinaryPrimitives.ReadUInt16BigEndian(program.AsSpan(4));
        uint adjustment = 0;
        var zeroed = program.ToArray();
        for (var i = 0; i < count; i++)
        {
            var record = program.AsSpan(12 + 16 * i);
            var tag = Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            Assert.Equal(0, offset % 4);
            var table = program.AsSpan(offset, (length + 3) & ~3).ToArray();
            Assert.All(table[length..], b => Assert.Equal(0, b));
            if (tag == "head")
            {
                adjustment = BinaryPrimitives.ReadUInt32BigEndian(table.AsSpan(8));
                BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(8), 0);
                BinaryPrimitives.WriteUInt32BigEndian(zeroed.AsSpan(offset + 8), 0);
            }
            Assert.True(BinaryPrimitives.ReadUInt32BigEndian(record[4..]) == Sum(table), $"checksum of '{tag}'");
        }
        Assert.Equal(unchecked(0xB1B0AFBA - Sum(zeroed)), adjustment);
    }

    private static uint Sum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i + 3 < data.Length; i += 4)
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(i)));
        return sum;
    }

    private sealed record EmbeddedFont(string Name, int Length1, byte[] Program, Dictionary<int, int> Characters, Dictionary<int, int> Widths);

    /// <summary>
    /// The FontFile2 streams as qpdf decodes them, with the font name from the descriptor (tag removed), and from the
    /// fonts that use it, the character of each code (ToUnicode) and its width (W).
    /// </summary>
    private List<EmbeddedFont> EmbeddedFonts(byte[] pdf)
    {
        var (exitCode, json) = _tools.Run("qpdf", "--json", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", _tools.Save(pdf, "fonts.pdf"));
        Assert.Equal(0, exitCode);
        var objects = JsonDocument.Parse(json).RootElement.GetProperty("qpdf")[1];
        JsonElement Object(string reference) => objects.GetProperty("obj:" + reference);
        var fonts = new List<EmbeddedFont>();
        foreach (var obj in objects.EnumerateObject())
        {
            if (!obj.Value.TryGetProperty("value", out var type0) || type0.ValueKind != JsonValueKind.Object
                || !type0.TryGetProperty("/Subtype", out var subtype) || subtype.GetString() != "/Type0")
                continue;
            var cidFont = Object(type0.GetProperty("/DescendantFonts")[0].GetString()!).GetProperty("value");
            var descriptor = Object(cidFont.GetProperty("/FontDescriptor").GetString()!).GetProperty("value");
            var program = Object(descriptor.GetProperty("/FontFile2").GetString()!).GetProperty("stream");
            var unicode = Encoding.ASCII.GetString(Convert.FromBase64String(Object(type0.GetProperty("/ToUnicode").GetString()!).GetProperty("stream").GetProperty("data").GetString()!));
            fonts.Add(new EmbeddedFont(
                descriptor.GetProperty("/FontName").GetString()!.Split('+')[1],
                program.GetProperty("dict").GetProperty("/Length1").GetInt32(),
                Convert.FromBase64String(program.GetProperty("data").GetString()!),
                Characters(unicode),
                Widths(cidFont.GetProperty("/W"))));
        }
        return fonts;
    }

    // The bfchar entries of a ToUnicode CMap: "<code> <UTF-16 hex>".
    private static Dictionary<int, int> Characters(string cmap) =>
        Regex.Matches(cmap, @"beginbfchar\n((?:<[0-9A-F]{4}> <[0-9A-F]+>\n)+)endbfchar").SelectMany(block => Regex.Matches(block.Groups[1].Value, "<([0-9A-F]{4})> <([0-9A-F]+)>")).ToDictionary(
            m => Convert.ToInt32(m.Groups[1].Value, 16),
            m => char.ConvertToUtf32(Encoding.BigEndianUnicode.GetString(Convert.FromHexString(m.Groups[2].Value)), 0));

    // A widths array: "c [w …]" for codes from c on, or "c1 c2 w" for c1 to c2.
    private static Dictionary<int, int> Widths(JsonElement widths)
    {
        var items = widths.EnumerateArray().ToList();
        var result = new Dictionary<int, int>();
        for (var i = 0; i < items.Count;)
        {
            if (items[i + 1].ValueKind == JsonValueKind.Array)
            {
                var first = items[i].GetInt32();
                foreach (var (width, offset) in items[i + 1].EnumerateArray().Select((w, o) => (w.GetInt32(), o)))
                    result[first + offset] = width;
                i += 2;
            }
            else
            {
                for (var code = items[i].GetInt32(); code <= items[i + 1].GetInt32(); code++)
                    result[code] = items[i + 2].GetInt32();
                i += 3;
            }
        }
        return result;
    }

    /// <summary>A minimal reader and writer of TrueType font programs, independent of the code under test.</summary>
    private sealed class Sfnt
    {
        public required List<(string Tag, byte[] Data)> Tables { get; init; }

        public IEnumerable<string> Tags => Tables.Select(t => t.Tag);

        public byte[] Table(string tag) => Tables.Single(t => t.Tag == tag).Data;

        public int NumGlyphs => BinaryPrimitives.ReadUInt16BigEndian(Table("maxp").AsSpan(4));

        public int NumberOfHMetrics => BinaryPrimitives.ReadUInt16BigEndian(Table("hhea").AsSpan(34));

        public bool LongLoca => BinaryPrimitives.ReadInt16BigEndian(Table("head").AsSpan(50)) == 1;

        public int Location(int glyph) => LongLoca
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(Table("loca").AsSpan(glyph * 4))
            : BinaryPrimitives.ReadUInt16BigEndian(Table("loca").AsSpan(glyph * 2)) * 2;

        public byte[] Glyph(int glyph) => Table("glyf")[Location(glyph)..Location(glyph + 1)];

        public int UnitsPerEm => BinaryPrimitives.ReadUInt16BigEndian(Table("head").AsSpan(18));

        public int Advance(int glyph) => BinaryPrimitives.ReadUInt16BigEndian(Table("hmtx").AsSpan(4 * Math.Min(glyph, NumberOfHMetrics - 1)));

        /// <summary>The glyph of a basic-plane character, from the (3, 1) format 4 subtable.</summary>
        public int GlyphOf(int character)
        {
            var cmap = Table("cmap");
            for (var i = 0; i < BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(2)); i++)
            {
                var record = cmap.AsSpan(4 + 8 * i);
                if (BinaryPrimitives.ReadUInt32BigEndian(record) != 0x00030001) continue;
                var table = cmap[(int)BinaryPrimitives.ReadUInt32BigEndian(record[4..])..];
                var segments = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(6)) / 2;
                for (var s = 0; s < segments; s++)
                {
                    int Field(int array) => BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(14 + array * (2 * segments) + (array > 0 ? 2 : 0) + 2 * s));
                    var (end, start, delta, rangeOffset) = (Field(0), Field(1), Field(2), Field(3));
                    if (character < start || character > end) continue;
                    if (rangeOffset == 0) return (character + delta) & 0xFFFF;
                    var at = 14 + 3 * (2 * segments) + 2 + 2 * s + rangeOffset + 2 * (character - start);
                    var glyph = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(at));
                    return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }
            }
            return 0;
        }

        /// <summary>Where each component's glyph id is in a composite outline, and the id.</summary>
        public static List<(int At, int Glyph)> Components(byte[] outline)
        {
            var components = new List<(int, int)>();
            var at = 10;
            int flags;
            do
            {
                flags = BinaryPrimitives.ReadUInt16BigEndian(outline.AsSpan(at));
                components.Add((at + 2, BinaryPrimitives.ReadUInt16BigEndian(outline.AsSpan(at + 2))));
                at += 4 + ((flags & 1) != 0 ? 4 : 2) + ((flags & 8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
            }
            while ((flags & 0x20) != 0);
            return components;
        }

        public static Sfnt Read(byte[] program)
        {
            var count = BinaryPrimitives.ReadUInt16BigEndian(program.AsSpan(4));
            var tables = new List<(string, byte[])>();
            for (var i = 0; i < count; i++)
            {
                var record = program.AsSpan(12 + 16 * i);
                var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
                var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
                tables.Add((Encoding.ASCII.GetString(record[..4]), program[offset..(offset + length)]));
            }
            return new Sfnt { Tables = tables };
        }
    }
}
