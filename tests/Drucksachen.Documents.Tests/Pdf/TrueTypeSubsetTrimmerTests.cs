using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Drucksachen.Documents.Pdf;
using Drucksachen.Documents.Tests.TestSupport;

namespace Drucksachen.Documents.Tests.Pdf;

/// <summary>
/// The embedded TrueType subsets lose the loca and hmtx entries of the glyphs after the last one drawn. The fonts
/// are read back here with a parser of the test's own, so that the trimmer is not checked against itself.
/// </summary>
public sealed class TrueTypeSubsetTrimmerTests : IDisposable
{
    private const string FontsPath = "/usr/share/fonts/truetype/dejavu";
    private const string Regular = "DejaVuSansCondensed";

    // qpdf reads "\u002B" in base64 stream data as an error, so "+" must be written as it is.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly PdfTools _tools = new();

    public void Dispose() => _tools.Dispose();

    [Fact]
    public void Sample_paper_embeds_subsets_ending_at_their_last_drawn_glyph()
    {
        var fonts = EmbeddedFonts(Renderers.Default.Render(Samples.Paper1803()).Pdf);

        Assert.Equal(2, fonts.Count);
        Assert.All(fonts, embedded =>
        {
            var font = Sfnt.Read(embedded.Program);
            var original = Sfnt.Read(File.ReadAllBytes(Path.Combine(FontsPath, FileName(embedded.Name))));

            Assert.Equal(embedded.Length1, embedded.Program.Length);
            Assert.Equal(["cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"], font.Tags);
            Assert.Equal(Math.Max(LastGlyphWithOutline(font), embedded.HighestDrawn) + 1, font.NumGlyphs);
            Assert.True(font.NumGlyphs < original.NumGlyphs, $"{embedded.Name} was not trimmed");
            AssertConsistent(font);
            AssertChecksums(embedded.Program);
            // Widths and side bearings are the full font's: glyph ids were kept, not renumbered.
            Assert.Equal(Math.Min(original.NumberOfHMetrics, font.NumGlyphs), font.NumberOfHMetrics);
            Assert.Equal(original.Table("hmtx")[..font.Table("hmtx").Length], font.Table("hmtx"));
        });
        // Bold is only used for a few headings: its subset shrinks from 6,196 glyphs to about a hundred.
        Assert.InRange(fonts.Single(f => FileName(f.Name) == Regular + "-Bold.ttf").Program.Length, 1, 12_000);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(93)]
    [InlineData(6240)] // past numberOfHMetrics (6238): the last glyphs keep only their left side bearing
    [InlineData(6252)] // the last glyph of the font: nothing to cut
    public void Cuts_a_subset_after_its_highest_glyph_with_outline(int highest)
    {
        var original = Sfnt.Read(File.ReadAllBytes(Path.Combine(FontsPath, Regular + ".ttf")));
        var subset = Subset(original, [.. new[] { 0, 36, 68, highest }.Where(glyph => glyph <= highest)]);

        var trimmed = Trim(subset);
        var font = Sfnt.Read(trimmed);
        var input = Sfnt.Read(subset);

        Assert.Equal(highest + 1, font.NumGlyphs);
        Assert.Equal(Math.Min(6238, highest + 1), font.NumberOfHMetrics);
        Assert.Equal((highest + 2) * 4, font.Table("loca").Length);
        Assert.Equal(input.Table("loca")[..font.Table("loca").Length], font.Table("loca"));
        Assert.Equal(input.Table("hmtx")[..font.Table("hmtx").Length], font.Table("hmtx"));
        foreach (var tag in new[] { "cvt ", "fpgm", "glyf", "prep" })
            Assert.Equal(input.Table(tag), font.Table(tag));
        AssertConsistent(font);
        AssertChecksums(trimmed);
    }

    [Fact]
    public void Keeps_an_empty_component_that_a_kept_composite_glyph_uses()
    {
        // Glyph 152 is "Ö": an "O" (50) and a capital dieresis (5922); here the dieresis has lost its outline.
        var original = Sfnt.Read(File.ReadAllBytes(Path.Combine(FontsPath, Regular + ".ttf")));

        var font = Sfnt.Read(Trim(Subset(original, [0, 50, 152])));

        Assert.Equal(5923, font.NumGlyphs);
    }

    [Fact]
    public void Keeps_every_glyph_the_pages_draw_even_without_outline()
    {
        var original = Sfnt.Read(File.ReadAllBytes(Path.Combine(FontsPath, Regular + ".ttf")));
        var subset = Subset(original, [0, 36, 68]);

        Assert.Equal(99, Sfnt.Read(Trim(subset, drawnGlyphs: 99)).NumGlyphs);
        Assert.Equal(69, Sfnt.Read(Trim(subset, drawnGlyphs: 3)).NumGlyphs);
        Assert.Throws<InvalidDataException>(() => Trim(subset, drawnGlyphs: original.NumGlyphs + 1));
    }

    [Fact]
    public void Code_with_spaces_keeps_the_no_break_space_glyph_it_draws()
    {
        // Code blocks draw their spaces as no-break spaces: glyph 98 of DejaVu Sans Mono, which has no outline and
        // comes after every ASCII glyph.
        var paper = Samples.Paper1803() with { Sections = new Dictionary<string, string> { ["sachverhalt"] = "```\na b\n```" } };

        var fonts = EmbeddedFonts(Renderers.Default.Render(paper).Pdf);

        Assert.Contains(fonts, f => f.Name.Contains("Mono", StringComparison.Ordinal) && f.HighestDrawn >= 98);
        Assert.All(fonts, f => Assert.True(Sfnt.Read(f.Program).NumGlyphs > f.HighestDrawn, $"{f.Name} lost glyph {f.HighestDrawn}"));
    }

    [Fact]
    public void Trimming_is_deterministic_and_idempotent()
    {
        var original = Sfnt.Read(File.ReadAllBytes(Path.Combine(FontsPath, Regular + ".ttf")));
        var subset = Subset(original, [0, 36, 68, 93]);

        var once = Trim(subset);

        Assert.Equal(once, Trim(subset));
        Assert.Equal(once, Trim(once));
    }

    [Fact]
    public void Refuses_a_font_with_a_table_that_may_name_cut_glyphs()
    {
        var original = Sfnt.Read(File.ReadAllBytes(Path.Combine(FontsPath, Regular + ".ttf")));
        var tables = Sfnt.Read(Subset(original, [0, 36])).Tables.Append(("cmap", original.Table("cmap")));

        var error = Assert.Throws<InvalidDataException>(() => Trim(Sfnt.Write(tables)));

        Assert.Contains("'cmap'", error.Message);
    }

    [Fact]
    public void Refuses_a_truncated_font()
    {
        var original = Sfnt.Read(File.ReadAllBytes(Path.Combine(FontsPath, Regular + ".ttf")));
        var subset = Subset(original, [0, 36]);

        Assert.Throws<InvalidDataException>(() => Trim(subset[..(subset.Length / 2)]));
        Assert.Throws<InvalidDataException>(() => Trim(Encoding.ASCII.GetBytes("%PDF-1.7 not a font at all")));
    }

    [Fact]
    public void Pages_draw_exactly_as_with_the_complete_fonts_embedded()
    {
        // Glyph ids are kept, so the full DejaVu files can stand in for the trimmed subsets: a glyph that the
        // trimmer damaged or cut away would come out different.
        var result = Renderers.Default.Render(Samples.Paper1803());
        var pdf = result.Pdf;
        var trimmed = _tools.Save(pdf, "trimmed.pdf");
        var streams = new JsonObject();
        foreach (var font in EmbeddedFonts(pdf))
        {
            var program = File.ReadAllBytes(Path.Combine(FontsPath, FileName(font.Name)));
            streams["obj:" + font.Object] = new JsonObject
            {
                ["stream"] = new JsonObject
                {
                    ["dict"] = new JsonObject { ["/Length1"] = program.Length },
                    ["data"] = Convert.ToBase64String(program),
                },
            };
        }
        var header = new JsonObject { ["jsonversion"] = 2, ["pushedinheritedpageresources"] = false, ["calledgetallpages"] = false, ["maxobjectid"] = 0 };
        var update = _tools.Save(Encoding.UTF8.GetBytes(new JsonObject { ["qpdf"] = new JsonArray(header, streams) }.ToJsonString(Relaxed)), "full-fonts.json");
        var full = Path.Combine(Path.GetDirectoryName(trimmed)!, "full.pdf");
        var (exitCode, output) = _tools.Run("qpdf", trimmed, "--update-from-json=" + update, full);
        Assert.True(exitCode == 0, output);
        Assert.True(new FileInfo(full).Length > 10 * pdf.Length, "the full fonts were not put in");

        var trimmedPages = Rasterize(trimmed, "trimmed");
        var fullPages = Rasterize(full, "full");

        Assert.Equal(result.PageCount, trimmedPages.Count);
        Assert.Equal(fullPages.Count, trimmedPages.Count);
        for (var page = 0; page < trimmedPages.Count; page++)
            Assert.True(trimmedPages[page].AsSpan().SequenceEqual(fullPages[page]), $"page {page + 1} differs");
    }

    private List<byte[]> Rasterize(string pdf, string prefix)
    {
        var folder = Path.GetDirectoryName(pdf)!;
        var (exitCode, output) = _tools.Run("pdftoppm", "-r", "60", pdf, Path.Combine(folder, prefix));
        Assert.True(exitCode == 0 && output.Length == 0, output);
        return [.. Directory.GetFiles(folder, prefix + "-*.ppm").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
    }

    private static byte[] Trim(byte[] font, int drawnGlyphs = 1)
    {
        var output = new ArrayBufferWriter<byte>();
        var length = TrueTypeSubsetTrimmer.Trim(font, drawnGlyphs, output);
        Assert.Equal(length, output.WrittenCount);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>What PDFsharp embeds: the full font's glyph count, with the outlines of only the given glyphs.</summary>
    private static byte[] Subset(Sfnt font, int[] glyphs)
    {
        var glyf = new MemoryStream();
        var loca = new byte[(font.NumGlyphs + 1) * 4];
        for (var glyph = 0; glyph < font.NumGlyphs; glyph++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(glyph * 4), (uint)glyf.Length);
            if (glyphs.Contains(glyph))
                glyf.Write(font.Glyph(glyph));
        }
        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(font.NumGlyphs * 4), (uint)glyf.Length);
        var head = font.Table("head").ToArray();
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        return Sfnt.Write(
        [
            ("cvt ", font.Table("cvt ")), ("fpgm", font.Table("fpgm")), ("glyf", glyf.ToArray()), ("head", head),
            ("hhea", font.Table("hhea")), ("hmtx", font.Table("hmtx")), ("loca", loca), ("maxp", font.Table("maxp")),
            ("prep", font.Table("prep")),
        ]);
    }

    private static int LastGlyphWithOutline(Sfnt font)
    {
        var last = 0;
        for (var glyph = 0; glyph < font.NumGlyphs; glyph++)
            if (font.Glyph(glyph).Length > 0)
                last = glyph;
        return last;
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

    private sealed record EmbeddedFont(string Name, string Object, int Length1, byte[] Program, int HighestDrawn);

    /// <summary>
    /// The FontFile2 streams as qpdf decodes them, with the font names from their descriptors and the highest glyph
    /// id the pages draw, from the widths array of the CID font that names the descriptor (CID = glyph id).
    /// </summary>
    private List<EmbeddedFont> EmbeddedFonts(byte[] pdf)
    {
        var (exitCode, json) = _tools.Run("qpdf", "--json", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", _tools.Save(pdf, "fonts.pdf"));
        Assert.Equal(0, exitCode);
        var objects = JsonDocument.Parse(json).RootElement.GetProperty("qpdf")[1];
        var highestDrawn = new Dictionary<string, int>();
        foreach (var obj in objects.EnumerateObject())
        {
            if (obj.Value.TryGetProperty("value", out var font) && font.ValueKind == JsonValueKind.Object
                && font.TryGetProperty("/Subtype", out var subtype) && subtype.GetString() == "/CIDFontType2")
                highestDrawn["obj:" + font.GetProperty("/FontDescriptor").GetString()] = HighestCid(font.GetProperty("/W"));
        }
        var fonts = new List<EmbeddedFont>();
        foreach (var obj in objects.EnumerateObject())
        {
            if (!obj.Value.TryGetProperty("value", out var dict) || dict.ValueKind != JsonValueKind.Object
                || !dict.TryGetProperty("/FontFile2", out var file))
                continue;
            var name = dict.GetProperty("/FontName").GetString()![1..].Split('+')[1];
            var stream = objects.GetProperty("obj:" + file.GetString()).GetProperty("stream");
            fonts.Add(new EmbeddedFont(name, file.GetString()!, stream.GetProperty("dict").GetProperty("/Length1").GetInt32(),
                Convert.FromBase64String(stream.GetProperty("data").GetString()!), highestDrawn[obj.Name]));
        }
        return fonts;
    }

    // A widths array: "c [w …]" for CIDs from c on, or "c1 c2 w" for c1 to c2.
    private static int HighestCid(JsonElement widths)
    {
        var items = widths.EnumerateArray().ToList();
        var highest = -1;
        for (var i = 0; i < items.Count;)
        {
            if (items[i + 1].ValueKind == JsonValueKind.Array)
            {
                highest = Math.Max(highest, items[i].GetInt32() + items[i + 1].GetArrayLength() - 1);
                i += 2;
            }
            else
            {
                highest = Math.Max(highest, items[i + 1].GetInt32());
                i += 3;
            }
        }
        return highest;
    }

    /// <summary>PDFsharp names the faces "DejaVu Sans Condensed,Bold"; the files are "DejaVuSansCondensed-Bold.ttf".</summary>
    private static string FileName(string fontName) => fontName.Replace(" ", "").Replace(',', '-') + ".ttf";

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

        /// <summary>Table checksums are left zero: the trimmer must not rely on them.</summary>
        public static byte[] Write(IEnumerable<(string Tag, byte[] Data)> tables)
        {
            var list = tables.OrderBy(t => t.Tag, StringComparer.Ordinal).ToList();
            var output = new MemoryStream();
            var header = new byte[12 + 16 * list.Count];
            BinaryPrimitives.WriteUInt32BigEndian(header, 0x00010000);
            BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), (ushort)list.Count);
            output.Write(header);
            for (var i = 0; i < list.Count; i++)
            {
                var record = header.AsSpan(12 + 16 * i);
                Encoding.ASCII.GetBytes(list[i].Tag, record);
                BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)output.Length);
                BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)list[i].Data.Length);
                output.Write(list[i].Data);
                output.Write(new byte[(4 - list[i].Data.Length % 4) % 4]);
            }
            output.Position = 0;
            output.Write(header);
            return output.ToArray();
        }
    }
}
