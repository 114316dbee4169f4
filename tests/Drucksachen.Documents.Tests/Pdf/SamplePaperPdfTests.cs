using System.Globalization;
using System.Text.RegularExpressions;
using Drucksachen.Documents.Tests.TestSupport;

namespace Drucksachen.Documents.Tests.Pdf;

/// <summary>Drucksache 1803/22 of Erfurt, checked with the tools a reader's machine would use.</summary>
public sealed partial class SamplePaperPdfTests : IDisposable
{
    private readonly PdfTools _tools = new();
    private readonly RenderResult _result = Renderers.Default.Render(Samples.Paper1803());

    public void Dispose() => _tools.Dispose();

    [Fact]
    public void Qpdf_finds_no_problem()
    {
        var (exitCode, output) = _tools.Run("qpdf", "--check", _tools.Save(_result.Pdf));

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("WARNING", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("No syntax or stream encoding errors found", output);
    }

    [Fact]
    public void Text_contains_first_page_block_and_advisory_sequence()
    {
        var text = Collapse(_tools.Text(_tools.Save(_result.Pdf)));

        Assert.Contains("Titel der Drucksache:", text);
        Assert.Contains("Zwischeninformation zum aktuellen Stand der integrierten Sozialraumplanung in der Landeshauptstadt Erfurt", text);
        Assert.Contains("1803/22", text);
        Assert.Contains("Beratungsfolge", text);
        Assert.Contains("Dienstberatung OB", text);
        Assert.Contains("20.10.2022", text);
        Assert.Contains("nicht öffentlich", text);
        Assert.Contains("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", text);
        Assert.Contains("03.11.2022", text);
        Assert.Contains("Informationen aus der Verwaltung", text);
        Assert.Contains("20.10.2022, gez. i.V. Horn", text);
        Assert.Contains("Datum, Unterschrift", text);
    }

    [Fact]
    public void Sachverhalt_comes_out_word_for_word()
    {
        var text = _tools.Text(_tools.Save(_result.Pdf));
        var sachverhalt = text[text.IndexOf("Sachverhalt", StringComparison.Ordinal)..text.IndexOf("Anlagenverzeichnis", StringComparison.Ordinal)];
        // Running headers and footers sit between the body lines of later pages.
        sachverhalt = PageFurniture().Replace(sachverhalt, " ");

        var expected = Samples.Sachverhalt1803().Replace("\n- ", "\n• ", StringComparison.Ordinal);

        Assert.Equal(Words("Sachverhalt\n" + expected), Words(sachverhalt));
    }

    [Fact]
    public void A_word_hyphenated_at_a_line_end_extracts_whole()
    {
        // The glyphs drawn include the hyphens (PdfPig reads glyphs, not ActualText)...
        using (var document = UglyToad.PdfPig.PdfDocument.Open(_result.Pdf))
            Assert.Contains("Sozialraumpla-", string.Concat(document.GetPage(1).Letters.Select(l => l.Value)));

        // ... but the text a reader copies, searches or hears is the whole word, on the line where it starts.
        var text = _tools.Text(_tools.Save(_result.Pdf), "-f", "1", "-l", "1");
        Assert.Contains("integrierte Sozialraumplanung\n", text);
        Assert.DoesNotMatch(@"\p{L}-\n", text);
        Assert.DoesNotContain("Sozialraumpla-", text);
    }

    [Fact]
    public void German_characters_extract_exactly()
    {
        var text = _tools.Text(_tools.Save(_result.Pdf));

        Assert.Contains("„Strategieentwicklung für eine integrierte Sozialraumplanung in der Landeshauptstadt Erfurt“", Collapse(text));
        Assert.Contains("Büro für Integration und Migration", text);
        Assert.Contains("Maßnahmen", text);
    }

    [Fact]
    public void All_fonts_are_embedded_subsets()
    {
        var (_, output) = _tools.Run("pdffonts", _tools.Save(_result.Pdf));
        var fonts = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, line =>
        {
            Assert.Matches(@"^[A-Z]{6}\+", line);
            Assert.Matches(@"\s+yes\s+yes\s+yes\s+", line);
        });
    }

    [Fact]
    public void Pdfinfo_shows_metadata_and_page_count()
    {
        var info = Collapse(_tools.Run("pdfinfo", "-isodates", _tools.Save(_result.Pdf)).Output);

        Assert.Contains("Title: Zwischeninformation zum aktuellen Stand", info);
        Assert.Contains("Subject: Drucksache 1803/22", info);
        Assert.Contains("Author: Amt für Soziales", info);
        Assert.Contains("Keywords: Sozialraumplanung, Begleitgremium", info);
        Assert.Contains("CreationDate: 2022-10-20", info);
        Assert.Contains("Metadata Stream: yes", info);
        Assert.Contains("Page size: 595.28 x 841.89 pts (A4)", info);
        Assert.Contains($"Pages: {_result.PageCount}", info);
        Assert.InRange(_result.PageCount, 2, 3);
    }

    [Fact]
    public void Xmp_metadata_names_language_title_and_author()
    {
        var (_, xmp) = _tools.Run("pdfinfo", "-meta", _tools.Save(_result.Pdf));

        Assert.Contains("Zwischeninformation zum aktuellen Stand", xmp);
        Assert.Contains("Amt für Soziales", xmp);
        Assert.Contains("Drucksache 1803/22", xmp);
        Assert.Contains("de-DE", _tools.Run("qpdf", "--show-object=trailer", "--filtered-stream-data", _tools.Save(_result.Pdf)).Output + Catalog());
    }

    [Fact]
    public void Every_page_has_its_footer_and_later_pages_the_number()
    {
        var path = _tools.Save(_result.Pdf);
        for (var page = 1; page <= _result.PageCount; page++)
        {
            var text = _tools.Text(path, "-f", page.ToString(), "-l", page.ToString());
            Assert.Contains($"Seite {page} von {_result.PageCount}", text);
            if (page > 1)
                Assert.Contains("Drucksache 1803/22", text);
        }
    }

    [Fact]
    public void Outline_lists_the_headings()
    {
        var (_, outline) = _tools.Run("qpdf", "--json", "--json-key=outlines", _tools.Save(_result.Pdf));

        Assert.Contains("Informationen aus der Verwaltung", outline);
        Assert.Contains("Sachverhalt", outline);
        Assert.Contains("Anlagenverzeichnis", outline);
    }

    [Fact]
    public void Two_renders_are_byte_identical()
    {
        var again = Renderers.Default.Render(Samples.Paper1803());

        Assert.Equal(_result.Pdf, again.Pdf);
    }

    [Fact]
    public void A_font_folder_holding_the_same_files_gives_the_same_bytes_as_the_shipped_fonts()
    {
        var fromFolder = new DocumentRenderer(new DocumentOptions { TemplatesPath = Samples.TemplatesPath, FontsPath = Samples.ShippedFontsPath });

        Assert.Equal(_result.Pdf, fromFolder.Render(Samples.Paper1803()).Pdf);
    }

    [Fact]
    public void The_sample_paper_has_the_same_bytes_on_every_machine()
    {
        // The golden file's hash: it changes only with a deliberate change of layout or file structure (then record the
        // new one); a change from the machine (fonts installed, culture, time) must never move it.
        Assert.Equal("A0886C9BD85CE0055C44066F17BA0115499164BFB19F629521BE933C2E96C8CD", Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(_result.Pdf)));
    }

    [Fact]
    public void The_default_renderer_reads_no_font_folder()
    {
        // With the system's font folder hidden (an empty folder given instead), a renderer fails at once; the
        // default one never looks there, which is why its bytes are the same on a machine without font packages.
        var empty = Directory.CreateTempSubdirectory("drucksachen-nofonts-").FullName;
        try
        {
            var error = Assert.Throws<Drucksachen.Documents.Pdf.FontNotFoundException>(() =>
                new DocumentRenderer(new DocumentOptions { TemplatesPath = Samples.TemplatesPath, FontsPath = empty }));
            Assert.Equal(empty, error.Folder);
            Assert.Null(new DocumentOptions { TemplatesPath = Samples.TemplatesPath }.FontsPath);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void A_server_in_another_culture_renders_the_same_bytes()
    {
        // Swedish writes a minus as U+2212 and a decimal comma: neither may reach the file.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("sv-SE");
        try
        {
            Assert.Equal(_result.Pdf, Renderers.Default.Render(Samples.Paper1803()).Pdf);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Result_names_template_and_reports_no_problem()
    {
        Assert.Equal("Informationsvorlage", _result.TemplateName);
        Assert.Equal("1", _result.TemplateVersion);
        Assert.Empty(_result.Problems);
    }

    private string Catalog() => _tools.Run("qpdf", "--show-object=2", _tools.Save(_result.Pdf, "catalog.pdf")).Output;

    [Fact]
    public void Justified_lines_end_at_the_right_margin_with_even_gaps()
    {
        var boxes = _tools.Text(_tools.Save(_result.Pdf), "-bbox-layout", "-f", "1", "-l", "1");
        var lines = WordBox().Matches(boxes)
            .Select(m => (Left: Number(m.Groups[1].Value), Top: Number(m.Groups[2].Value), Right: Number(m.Groups[3].Value)))
            .GroupBy(w => Math.Round(w.Top, 1))
            .Select(line => line.OrderBy(w => w.Left).ToList())
            .Where(line => line.Count > 2)
            .ToList();
        var margin = lines.Max(line => line[^1].Right);
        var bodyLeft = lines.Min(line => line[0].Left);

        var justified = lines.Where(line => Math.Abs(line[0].Left - bodyLeft) < 0.5 && Math.Abs(line[^1].Right - margin) < 0.5).ToList();

        Assert.True(justified.Count >= 10, $"only {justified.Count} justified lines on page 1");
        Assert.All(justified, line =>
        {
            var gaps = line.Zip(line.Skip(1), (a, b) => b.Left - a.Right).ToList();
            Assert.True(gaps.Max() - gaps.Min() < 0.1, $"uneven gaps {string.Join(", ", gaps)}");
        });
    }

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<word xMin=""([\d.]+)"" yMin=""([\d.]+)"" xMax=""([\d.]+)""")]
    private static partial Regex WordBox();

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ");

    /// <summary>Whitespace, line breaks and hyphens (set or broken) do not count; the words and their order do.</summary>
    private static string Words(string text) => Regex.Replace(text, @"[\s\-\u00AD]+", "");

    [GeneratedRegex(@"Seite \d+ von \d+|Drucksache 1803/22")]
    private static partial Regex PageFurniture();
}
