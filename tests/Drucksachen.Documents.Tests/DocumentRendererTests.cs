using System.Text;
using System.Text.RegularExpressions;
using Drucksachen.Documents.Tests.TestSupport;

namespace Drucksachen.Documents.Tests;

public sealed class DocumentRendererTests : IDisposable
{
    private readonly PdfTools _tools = new();

    public void Dispose() => _tools.Dispose();

    private static PaperDocument Paper(string sachverhalt) =>
        Samples.Paper1803() with { Sections = new Dictionary<string, string> { ["sachverhalt"] = sachverhalt } };

    private void AssertQpdfClean(byte[] pdf)
    {
        var (exitCode, output) = _tools.Run("qpdf", "--check", _tools.Save(pdf, "check.pdf"));
        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("WARNING", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Long_paper_with_tables_renders_on_every_page_with_header_and_footer()
    {
        var markdown = new StringBuilder();
        for (var chapter = 1; chapter <= 32; chapter++)
        {
            markdown.AppendLine($"### Maßnahme {chapter}\n");
            markdown.AppendLine(string.Join(" ", Enumerable.Repeat(Samples.Sachverhalt1803().Split("\n\n")[0], 2)) + "\n");
            markdown.AppendLine("| Nr. | Maßnahme | Kosten (€) | Priorität |\n|---|---|--:|---|");
            for (var row = 1; row <= 25; row++)
                markdown.AppendLine($"| {chapter}.{row} | Stadtteilmanagement und Umsetzungsbegleitung Teil {row} | {row * 1000:N0} | hoch |");
            markdown.AppendLine();
        }

        var result = Renderers.Default.Render(Paper(markdown.ToString()));

        AssertQpdfClean(result.Pdf);
        Assert.True(result.PageCount >= 40, $"only {result.PageCount} pages");
        var path = _tools.Save(result.Pdf, "long.pdf");
        Assert.Matches($@"Pages:\s+{result.PageCount}\n", _tools.Run("pdfinfo", path).Output);
        var pages = _tools.Text(path).Split('\f');
        for (var page = 1; page < result.PageCount; page++)
        {
            Assert.Contains("Drucksache 1803/22", pages[page]);
            Assert.Contains($"Seite {page + 1} von {result.PageCount}", pages[page]);
        }
        Assert.Contains("32.25", pages[result.PageCount - 1] + pages[result.PageCount - 2]);
        Assert.Empty(result.Problems);
    }

    // A section of one 100,000-character word took more than six minutes to render, and every line of a word
    // hyphenated over many lines repeated the whole word as its text. A section may hold 200,000 characters.
    [Fact]
    public void A_section_of_one_word_as_long_as_the_limit_renders_the_word_once()
    {
        var word = "S" + string.Concat(Enumerable.Repeat("ozialraumplanungs", 200_000 / 17));

        var result = Renderers.Default.Render(Paper($"Vorweg.\n\n{word}\n\nZum Schluss."));

        AssertQpdfClean(result.Pdf);
        using (var checker = new TaggedPdfChecker(result.Pdf))
            Assert.Equal("", string.Join("\n", checker.Problems()));
        // Each character is drawn once and named once: the file grows with the word, not with its lines times its length.
        Assert.InRange(result.Pdf.Length, 1, 20 * word.Length);
        var text = _tools.Text(_tools.Save(result.Pdf));
        Assert.Equal(1, Regex.Count(text, word));
        Assert.Contains("Zum Schluss.", text);
    }

    [Fact]
    public void Missing_image_renders_placeholder_and_reports_problem()
    {
        var result = Renderers.Default.Render(Paper("Vorher.\n\n![Karte](karte-fehlt.png)\n\nNachher."));

        AssertQpdfClean(result.Pdf);
        Assert.Contains("[Abbildung fehlt: karte-fehlt.png]", _tools.Text(_tools.Save(result.Pdf)));
        Assert.Equal(LayoutProblemKind.MissingImage, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public void Word_longer_than_the_line_is_broken_and_reported()
    {
        var word = string.Concat(Enumerable.Repeat("Grundstücksverkehrsgenehmigung", 5));

        var result = Renderers.Default.Render(Paper($"Das Wort {word} ist zu lang."));

        AssertQpdfClean(result.Pdf);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(LayoutProblemKind.WordTooLong, problem.Kind);
        Assert.Contains(word, Regex.Replace(_tools.Text(_tools.Save(result.Pdf)), @"\s+", ""));
    }

    [Fact]
    public void Table_wider_than_the_page_is_shrunk_and_reported()
    {
        var header = "|" + string.Concat(Enumerable.Range(1, 12).Select(i => $" Haushaltsstelle{i} |"));
        var delimiter = "|" + string.Concat(Enumerable.Repeat("---|", 12));
        var row = "|" + string.Concat(Enumerable.Range(1, 12).Select(i => $" {i * 100} |"));

        var result = Renderers.Default.Render(Paper($"{header}\n{delimiter}\n{row}\n"));

        AssertQpdfClean(result.Pdf);
        Assert.Contains(result.Problems, p => p.Kind == LayoutProblemKind.TableTooWide);
        Assert.Contains("1200", _tools.Text(_tools.Save(result.Pdf)));
    }

    [Fact]
    public void Html_fragments_of_sample_become_lists_and_paragraphs_and_tags_text()
    {
        var result = Renderers.Default.Render(Paper(Samples.Read("html-fragments.txt") + "\n\n<span class=\"x\">markiert</span> <script>alert(1)</script>"));

        AssertQpdfClean(result.Pdf);
        var text = _tools.Text(_tools.Save(result.Pdf), "-layout");
        Assert.DoesNotContain("<ul", text);
        Assert.DoesNotContain("<p>", text);
        Assert.Matches(@"•\s+Ansprechpartner vor Ort", text);
        Assert.Matches(@"1\.\s+Ausschreibung und Vergabe des Stadtteilmanagements", text);
        Assert.Matches(@"2\.\s+Initiierung des Verfügungsfonds", text);
        Assert.Contains("<span class=\"x\">markiert</span>", text);
        Assert.Contains("<script>alert(1)</script>", text);
        Assert.Contains("Bürger*innen", text);
    }

    [Fact]
    public void Links_are_clickable()
    {
        var result = Renderers.Default.Render(Paper("Siehe [Sozialstrukturatlas](https://www.erfurt.de/atlas) und <https://www.erfurt.de>."));

        var (_, json) = _tools.Run("qpdf", "--json", _tools.Save(result.Pdf));
        Assert.Contains("https://www.erfurt.de/atlas", json);
        Assert.Contains("/Link", json);
    }

    [Fact]
    public void Decision_paper_renders_all_its_sections_and_outcome_column()
    {
        var paper = Samples.Paper1803() with
        {
            Template = "Beschlussvorlage",
            Consultations = [new ConsultationRow("Stadtrat", new DateOnly(2022, 11, 16), true, "Entscheidung", "ungeändert beschlossen")],
            Sections = new Dictionary<string, string>
            {
                ["beschlussvorschlag"] = "1. Der Stadtrat beschließt die **Strategie**.\n2. Die Verwaltung wird *beauftragt*.",
                ["sachverhalt"] = "> Zitat aus dem Beschluss 0966/21.",
                ["begruendung"] = "Siehe Sachverhalt.",
                ["finanzielle_auswirkungen"] = "Keine.",
            },
        };

        var result = Renderers.Default.Render(paper);

        AssertQpdfClean(result.Pdf);
        var text = Regex.Replace(_tools.Text(_tools.Save(result.Pdf)), @"\s+", " ");
        foreach (var expected in new[] { "Beschlussvorschlag", "Begründung", "Finanzielle Auswirkungen", "Ergebnis", "ungeändert beschlossen", "Zitat aus dem Beschluss" })
            Assert.Contains(expected, text);
    }
}
