using Drucksachen.Documents.Tests.TestSupport;

namespace Drucksachen.Documents.Tests.Pdf;

/// <summary>Every paper is a tagged PDF/UA-1 and PDF/A-2a file: structure in reading order, furniture as artifacts.</summary>
public sealed class TaggedPdfTests : IDisposable
{
    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

    private readonly PdfTools _tools = new();
    private readonly string _images = Directory.CreateTempSubdirectory("drucksachen-images-").FullName;

    public TaggedPdfTests() => File.WriteAllBytes(Path.Combine(_images, "lageplan.png"), Convert.FromBase64String(OnePixelPng));

    public void Dispose()
    {
        _tools.Dispose();
        Directory.Delete(_images, recursive: true);
    }

    [Fact]
    public void Sample_paper_passes_the_checker()
    {
        using var checker = new TaggedPdfChecker(Renderers.Default.Render(Samples.Paper1803()).Pdf);

        Assert.Equal("", string.Join("\n", checker.Problems()));
    }

    [Fact]
    public void Sample_paper_has_its_structure_in_reading_order()
    {
        using var checker = new TaggedPdfChecker(Renderers.Default.Render(Samples.Paper1803()).Pdf);

        var outline = checker.Outline();

        // Letterhead, label, title, lead office; number block; Beratungsfolge; type heading, first section.
        Assert.StartsWith("Document(P,P,H1,P,P,P,P,Table(TR(TH,TH,TH),TR(TD,TD,TD),TR(TD,TD,TD)),H2,H2,", outline);
        Assert.EndsWith(",H2,P,P,P)", outline);
        Assert.Contains("L(LI(Lbl,LBody(P)),LI(Lbl,LBody(P))", outline);
    }

    [Fact]
    public void Pdfinfo_says_tagged()
    {
        var info = _tools.Run("pdfinfo", _tools.Save(Renderers.Default.Render(Samples.Paper1803()).Pdf)).Output;

        Assert.Contains("Tagged:          yes", info);
    }

    [Fact]
    public void A_paper_with_table_list_link_and_image_is_tagged_as_such()
    {
        using var checker = new TaggedPdfChecker(RenderWithImages("""
            Vorweg ein [Link zum Ratsinformationssystem](https://example.org/ris).

            - erstens
            - zweitens

            | Ort | Fläche |
            |-----|-------:|
            | Nord | 12 ha |

            ![Lageplan des Baugebiets Nord](lageplan.png)
            """));

        Assert.Equal("", string.Join("\n", checker.Problems()));
        Assert.Contains("H2,P(Link),L(LI(Lbl,LBody(P)),LI(Lbl,LBody(P))),Table(TR(TH,TH),TR(TD,TD)),Figure,", checker.Outline());
    }

    [Fact]
    public void An_image_without_alternative_text_is_refused_with_its_address_and_line()
    {
        var error = Assert.Throws<ImageWithoutAltTextException>(() => RenderWithImages("Text davor.\n\n![](lageplan.png)"));

        Assert.Equal("lageplan.png", error.Url);
        Assert.Contains("Das Bild „lageplan.png“", error.Message);
        Assert.Contains("Alternativtext", error.Message);
    }

    [Fact]
    public void A_table_header_repeated_on_a_new_page_is_an_artifact()
    {
        var rows = string.Join("\n", Enumerable.Range(1, 120).Select(i => $"| Zeile {i} | {i} |"));
        var pdf = RenderWithImages($"| Name | Wert |\n|---|---|\n{rows}");
        using var checker = new TaggedPdfChecker(pdf);

        Assert.Equal("", string.Join("\n", checker.Problems()));
        var outline = checker.Outline();
        Assert.Equal(1, CountOf(outline, "TR(TH,TH)"));
        Assert.Equal(120, CountOf(outline, "TR(TD,TD)"));
        Assert.True(_tools.Text(_tools.Save(pdf)).Split("Name").Length > 2, "the header is drawn on every page of the table");
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;

    private byte[] RenderWithImages(string sachverhalt)
    {
        var renderer = new DocumentRenderer(new DocumentOptions { TemplatesPath = Samples.TemplatesPath, ImagesPath = _images });
        var paper = Samples.Paper1803() with { Sections = new Dictionary<string, string> { ["sachverhalt"] = sachverhalt } };
        return renderer.Render(paper).Pdf;
    }
}
