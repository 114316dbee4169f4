using Drucksachen.Documents.Tests.TestSupport;

namespace Drucksachen.Documents.Tests.Pdf;

/// <summary>
/// The page's text, rules and fills are written by our own operations around PDFsharp's images (see PageContent): the
/// text's colours must not leak into what is drawn afterwards, and characters first drawn on a later page must still be in
/// the font subset and extract as written.
/// </summary>
public sealed class PageContentTests : IDisposable
{
    private const string Table = """
        | Maßnahme | Kosten |
        |---|---|
        | Fenster | 12.000 € |
        """;

    private readonly PdfTools _tools = new();

    public void Dispose() => _tools.Dispose();

    [Fact]
    public void Every_table_header_keeps_its_grey_background_after_text_in_another_colour()
    {
        // The advisory sequence and two tables, with text between them: three header rows on page 1.
        var pdf = Render($"""
            Die Sanierung kostet:

            {Table}

            Die Ausstattung kostet:

            {Table}
            """);

        Assert.Equal(3, GreyBands(pdf, page: 1));
    }

    [Fact]
    public void Characters_first_drawn_on_a_later_page_extract_as_written()
    {
        var filler = string.Join("\n\n", Enumerable.Repeat("Die Verwaltung berichtet über den Stand der Planung.", 60));
        var pdf = Render(filler + "\n\nZuletzt: Grüße, ½ Anteil, 5 ‰ und ẞ – ¿Qué?");
        var path = _tools.Save(pdf);

        Assert.DoesNotContain("‰", _tools.Text(path, "-f", "1", "-l", "1"));
        Assert.Contains("Zuletzt: Grüße, ½ Anteil, 5 ‰ und ẞ – ¿Qué?", _tools.Text(path));
    }

    [Fact]
    public void Every_printable_ascii_character_extracts_as_written()
    {
        // Character codes are written as bytes of literal strings; some of them are "(", ")", "\" or line ends.
        var words = Enumerable.Range('!', '~' - '!' + 1).Select(c => (char)c).Chunk(8).Select(w => new string(w)).ToList();
        var markdown = string.Join(' ', words.Select(w => string.Concat(w.Select(c => char.IsLetterOrDigit(c) ? $"{c}" : $"\\{c}"))));

        var text = _tools.Text(_tools.Save(Render($"Zeichen: {markdown} Ende")));

        Assert.Contains($"Zeichen: {string.Join(' ', words)} Ende", string.Join(' ', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Faces_set_in_the_same_file_are_one_font_in_the_pdf()
    {
        // Every face in one file: italic and code text of the same size follow each other as one font.
        var file = FontFiles.DejaVuSansCondensed.Regular;
        var renderer = new DocumentRenderer(new DocumentOptions
        {
            TemplatesPath = Samples.TemplatesPath,
            Fonts = new FontFiles(file, file, file, file, file),
        });
        var paper = Samples.Paper1803() with
        {
            Sections = new Dictionary<string, string> { ["sachverhalt"] = "Vorher *kursiv*, dann `Kennung 17` und nachher." },
        };

        var path = _tools.Save(renderer.Render(paper).Pdf);

        Assert.Contains("Vorher kursiv, dann Kennung 17 und nachher.", _tools.Text(path));
        var fonts = _tools.Run("pdffonts", path).Output;
        Assert.Single(fonts.Split('\n'), line => line.Contains("+DejaVuSansCondensed ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_image_is_placed_at_150_dpi_on_its_page()
    {
        // 60 × 40 black pixels: 28.8 × 19.2 pt at the 150 dpi images are set at.
        const string BlackPng = "iVBORw0KGgoAAAANSUhEUgAAADwAAAAoCAIAAAAt2Q6oAAAAHklEQVR42u3BMQEAAADCoPVP7W0HoAAAAAAAAADeABxIAAHkOW5pAAAAAElFTkSuQmCC";
        var images = Directory.CreateTempSubdirectory("drucksachen-images-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(images, "plan.png"), Convert.FromBase64String(BlackPng));
            var renderer = new DocumentRenderer(new DocumentOptions { TemplatesPath = Samples.TemplatesPath, ImagesPath = images });
            var pdf = renderer.Render(Samples.Paper1803() with
            {
                Sections = new Dictionary<string, string> { ["sachverhalt"] = "Text davor.\n\n![Lageplan](plan.png)\n\nText danach." },
            }).Pdf;

            // pdfimages -list: page, num, type, width, height, …, x-ppi, y-ppi, size, ratio.
            var image = _tools.Run("pdfimages", "-list", _tools.Save(pdf)).Output.Split('\n').Skip(2)
                .Single(line => line.Trim().Length > 0).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(["1", "60", "40", "150", "150"], [image[0], image[3], image[4], image[12], image[13]]);
            // On the page at 72 dpi: a block of about 29 × 19 black pixels, which no text makes (and the black rules
            // are far wider).
            var (width, height, pixels) = Gray(pdf, page: 1, dpi: 72);
            var blackRows = Enumerable.Range(0, height).Count(y => LongestRun(pixels.AsSpan(y * width, width), 0x00) is >= 25 and <= 35);
            Assert.InRange(blackRows, 17, 21);
        }
        finally
        {
            Directory.Delete(images, recursive: true);
        }
    }

    private static int LongestRun(ReadOnlySpan<byte> row, byte value)
    {
        int longest = 0, run = 0;
        foreach (var pixel in row)
        {
            run = pixel == value ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    private static byte[] Render(string sachverhalt) => Renderers.Default.Render(Samples.Paper1803() with
    {
        Sections = new Dictionary<string, string> { ["sachverhalt"] = sachverhalt },
    }).Pdf;

    // Runs of pixel rows that are mostly the light grey of a header row (Ink.HeaderFill, 0xe8).
    private int GreyBands(byte[] pdf, int page)
    {
        var (width, height, pixels) = Gray(pdf, page, dpi: 36);
        var bands = 0;
        var inBand = false;
        for (var y = 0; y < height; y++)
        {
            var row = pixels.AsSpan(y * width, width);
            var grey = 0;
            foreach (var pixel in row)
                if (pixel is >= 0xe0 and <= 0xf0) grey++;
            var isGrey = grey > width / 3;
            if (isGrey && !inBand) bands++;
            inBand = isGrey;
        }
        return bands;
    }

    /// <summary>A page rendered in grey by pdftoppm: one byte per pixel, rows top to bottom.</summary>
    private (int Width, int Height, byte[] Pixels) Gray(byte[] pdf, int page, int dpi)
    {
        var folder = Directory.CreateTempSubdirectory("drucksachen-page-").FullName;
        try
        {
            var prefix = Path.Combine(folder, "page");
            var (exitCode, output) = _tools.Run("pdftoppm", "-gray", "-r", $"{dpi}", "-f", $"{page}", "-l", $"{page}", _tools.Save(pdf), prefix);
            Assert.True(exitCode == 0, output);
            var image = File.ReadAllBytes(Directory.GetFiles(folder, "page*.pgm").Single());

            // Binary PGM: "P5\n<width> <height>\n255\n" and one byte per pixel.
            var header = System.Text.Encoding.ASCII.GetString(image, 0, 32).Split('\n');
            var size = header[1].Split(' ').Select(int.Parse).ToArray();
            return (size[0], size[1], image[(header[0].Length + header[1].Length + header[2].Length + 3)..]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
