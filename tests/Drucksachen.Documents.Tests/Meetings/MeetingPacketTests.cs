using System.Text;
using System.Text.RegularExpressions;
using Drucksachen.Documents.Meetings;
using Drucksachen.Documents.Tests.TestSupport;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace Drucksachen.Documents.Tests.Meetings;

/// <summary>The meeting packet: the invitation and the papers' PDFs in one file with an outline.</summary>
public sealed class MeetingPacketTests : IDisposable
{
    private readonly PdfTools _tools = new();

    public void Dispose() => _tools.Dispose();

    private static readonly MeetingDocument Meeting = MeetingSamples.Committee();

    private static MeetingAgendaItem Item(string number) => Meeting.Agenda.Single(i => i.Number == number);

    private static byte[] PaperPdf(string number, string title, string sachverhalt) =>
        Renderers.Default.Render(Samples.Paper1803() with
        {
            Number = number,
            Title = title,
            Sections = new Dictionary<string, string> { ["sachverhalt"] = sachverhalt },
        }).Pdf;

    private static readonly byte[] Paper1803 = Renderers.Default.Render(Samples.Paper1803()).Pdf;
    private static readonly byte[] Paper1850 = PaperPdf("1850/22", "Förderung der Schuldnerberatung 2023",
        string.Join("\n\n", Enumerable.Repeat(Samples.Sachverhalt1803(), 2)));

    private static int Pages(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    [Fact]
    public void Packet_holds_the_invitation_and_every_paper_with_a_bookmark_at_each()
    {
        var invitation = Renderers.Default.RenderInvitation(Meeting);

        var packet = Renderers.Default.RenderPacket(Meeting, [new PacketPaper(Item("Ö 3"), Paper1803), new PacketPaper(Item("Ö 4"), Paper1850)]);

        var expected = invitation.PageCount + Pages(Paper1803) + Pages(Paper1850);
        Assert.Equal(expected, packet.PageCount);
        Assert.Matches($@"Pages:\s+{expected}\n", _tools.Run("pdfinfo", _tools.Save(packet.Pdf)).Output);
        using var document = UglyToad.PdfPig.PdfDocument.Open(packet.Pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var nodes = bookmarks.Roots.Cast<DocumentBookmarkNode>().Select(b => (b.Title, b.PageNumber)).ToList();
        Assert.Equal(
        [
            ("Einladung", 1),
            ("Ö 3 – 1803/22 Zwischeninformation zum aktuellen Stand der integrierten Sozialraumplanung in der Landeshauptstadt Erfurt",
                invitation.PageCount + 1),
            ("Ö 4 – 1850/22 Förderung der Schuldnerberatung 2023", invitation.PageCount + Pages(Paper1803) + 1),
        ], nodes);
        var firstPaperPage = _tools.Text(_tools.Save(packet.Pdf), "-f", $"{invitation.PageCount + 1}", "-l", $"{invitation.PageCount + 1}");
        Assert.Contains("1803/22", firstPaperPage);
        Assert.Contains("Einladung zur 11. Sitzung", _tools.Text(_tools.Save(packet.Pdf), "-f", "1", "-l", "1"));
    }

    [Fact]
    public void Packet_is_a_clean_tagged_archival_pdf_with_each_document_a_part_of_its_structure()
    {
        var packet = Renderers.Default.RenderPacket(Meeting, [new PacketPaper(Item("Ö 3"), Paper1803), new PacketPaper(Item("Ö 4"), Paper1850)]).Pdf;

        AssertQpdfClean(packet);
        using var checker = new TaggedPdfChecker(packet);
        Assert.Equal("", string.Join("\n", checker.Problems()));
        var outline = checker.Outline();
        Assert.StartsWith("Document(Part(P,H1,P,", outline);
        Assert.Equal(3, Regex.Count(outline, @"Part\("));
        using var paper = new TaggedPdfChecker(Paper1803);
        Assert.Contains($"Part({paper.Outline()["Document(".Length..^1]})", outline);
        using var document = UglyToad.PdfPig.PdfDocument.Open(packet);
        Assert.Equal("Sitzungsmappe SAG/011/2022 – Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", document.Information.Title);
        Assert.Contains("Tagged:          yes", _tools.Run("pdfinfo", _tools.Save(packet)).Output);
    }

    [Fact]
    public void A_paper_pdf_without_structure_makes_an_untagged_pdfa_2b_packet_without_dangling_keys()
    {
        var packet = Renderers.Default.RenderPacket(Meeting, [new PacketPaper(Item("Ö 3"), Paper1803), new PacketPaper(Item("Ö 4"), UntaggedPdf())]);

        AssertQpdfClean(packet.Pdf);
        Assert.Equal(Renderers.Default.RenderInvitation(Meeting).PageCount + Pages(Paper1803) + 1, packet.PageCount);
        using var checker = new TaggedPdfChecker(packet.Pdf);
        Assert.Empty(TaggedPdfChecker.IccProfileProblems(checker.OutputProfile() ?? []));
        using var document = UglyToad.PdfPig.PdfDocument.Open(packet.Pdf);
        Assert.True(document.TryGetXmpMetadata(out var xmp));
        var metadata = Encoding.UTF8.GetString(xmp.GetXmlBytes());
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", metadata);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", metadata);
        Assert.DoesNotContain("pdfuaid", metadata);
        Assert.False(document.Structure.Catalog.CatalogDictionary.ContainsKey(NameToken.Create("StructTreeRoot")));
        for (var page = 1; page <= document.NumberOfPages; page++)
            Assert.False(document.GetPage(page).Dictionary.ContainsKey(NameToken.Create("StructParents")), $"page {page} points into a structure tree");
    }

    /// <summary>A one-page PDF with a drawn rectangle and no structure, as PDFs were before papers were tagged.</summary>
    private static byte[] UntaggedPdf()
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        // PDFsharp's own deflate lacks the zlib checksum, which qpdf would report against the packet.
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        var page = document.AddPage();
        using (var graphics = PdfSharp.Drawing.XGraphics.FromPdfPage(page))
            graphics.DrawRectangle(PdfSharp.Drawing.XBrushes.Gray, 50, 50, 200, 100);
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private void AssertQpdfClean(byte[] pdf)
    {
        var (exitCode, output) = _tools.Run("qpdf", "--check", _tools.Save(pdf, "check.pdf"));
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("WARNING", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Equal_input_gives_an_equal_packet()
    {
        PacketPaper[] papers = [new PacketPaper(Item("Ö 3"), Paper1803)];

        Assert.Equal(Renderers.Default.RenderPacket(Meeting, papers).Pdf, Renderers.Default.RenderPacket(MeetingSamples.Committee(), papers).Pdf);
    }

    [Fact]
    public void Public_packet_refuses_the_paper_of_a_non_public_item_without_naming_it()
    {
        var meeting = MeetingSamples.Committee(MeetingEdition.Public);
        var secret = meeting.Agenda.Single(i => !i.IsPublic);

        var error = Assert.Throws<ArgumentException>(() => Renderers.Default.RenderPacket(meeting, [new PacketPaper(secret, Paper1850)]));

        Assert.Contains("N 1", error.Message);
        Assert.DoesNotContain("Grundstück", error.Message);
        Assert.DoesNotContain(MeetingSamples.SecretReference, error.Message);
    }

    [Fact]
    public void Public_packet_opens_with_the_public_invitation()
    {
        var meeting = MeetingSamples.Committee(MeetingEdition.Public);

        var packet = Renderers.Default.RenderPacket(meeting, [new PacketPaper(meeting.Agenda.Single(i => i.Number == "Ö 3"), Paper1803)]);

        var text = _tools.Text(_tools.Save(packet.Pdf), "-raw");
        Assert.Contains("N 1 nichtöffentlich", text);
        Assert.DoesNotContain("Grundstück", text);
        Assert.DoesNotContain(MeetingSamples.SecretReference, text);
        Assert.Contains("Zwischeninformation", text);
    }

    [Fact]
    public void Members_packet_holds_the_paper_of_a_non_public_item()
    {
        var secret = Meeting.Agenda.Single(i => !i.IsPublic);

        var packet = Renderers.Default.RenderPacket(Meeting, [new PacketPaper(secret, Paper1850)]);

        using var document = UglyToad.PdfPig.PdfDocument.Open(packet.Pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Contains(bookmarks.Roots, b => b.Title == $"N 1 – {MeetingSamples.SecretReference} {MeetingSamples.SecretTitle}");
    }

    [Fact]
    public void An_unreadable_paper_pdf_is_named_by_its_item()
    {
        var error = Assert.Throws<UnreadablePaperPdfException>(() =>
            Renderers.Default.RenderPacket(Meeting, [new PacketPaper(Item("Ö 3"), Paper1803), new PacketPaper(Item("Ö 4"), "kein PDF"u8.ToArray())]));

        Assert.Equal("Ö 4", error.ItemNumber);
        Assert.Contains("TOP Ö 4", error.Message);
        Assert.DoesNotContain("Schuldnerberatung", error.Message);
    }
}
