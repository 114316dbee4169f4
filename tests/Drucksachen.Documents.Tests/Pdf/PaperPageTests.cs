using System.Text.RegularExpressions;
using Drucksachen.Documents.Tests.TestSupport;

namespace Drucksachen.Documents.Tests.Pdf;

/// <summary>The first page and the last as a clerk expects them.</summary>
public sealed class PaperPageTests : IDisposable
{
    private readonly PdfTools _tools = new();

    public void Dispose() => _tools.Dispose();

    [Fact]
    public void The_result_column_carries_outcome_and_vote()
    {
        var paper = Samples.Paper1803() with
        {
            Consultations =
            [
                new ConsultationRow("Stadtrat", new DateOnly(2022, 11, 16), true, "Entscheidung", "beschlossen", "31/12/4"),
                new ConsultationRow("Hauptausschuss", new DateOnly(2022, 11, 2), true, "Vorberatung", "empfohlen", "einstimmig"),
            ],
        };

        var text = Collapse(_tools.Text(_tools.Save(Renderers.Default.Render(paper).Pdf)));

        Assert.Contains("Ergebnis", text);
        Assert.Contains("beschlossen, 31/12/4", text);
        Assert.Contains("empfohlen, einstimmig", text);
    }

    [Fact]
    public void A_section_left_empty_has_no_heading()
    {
        var paper = Samples.Paper1803() with { Sections = new Dictionary<string, string> { ["sachverhalt"] = "" } };

        var text = _tools.Text(_tools.Save(Renderers.Default.Render(paper).Pdf));

        Assert.DoesNotContain("Sachverhalt", text);
        Assert.Contains("Anlagenverzeichnis", text);
    }

    [Fact]
    public void Letterhead_and_lead_office_head_the_first_page()
    {
        var paper = Samples.Paper1803() with { Letterhead = "Landeshauptstadt Erfurt" };

        var firstPage = _tools.Text(_tools.Save(Renderers.Default.Render(paper).Pdf), "-f", "1", "-l", "1");

        Assert.StartsWith("Landeshauptstadt Erfurt", firstPage.TrimStart());
        Assert.Contains("Federführung: Amt für Soziales", Collapse(firstPage));
    }

    [Fact]
    public void The_date_and_signature_line_never_stand_alone_on_a_page()
    {
        // Text of growing length moves the signature across the page end; at every length, the page it is on
        // also holds lines of the text before it, and a heading stays with its text (negative: the heading left behind).
        var lonely = new List<int>();
        for (var lines = 30; lines <= 48; lines++)
        {
            var paragraph = string.Join(" ", Enumerable.Repeat("Wort", lines * 14));
            var paper = Samples.Paper1803() with { Sections = new Dictionary<string, string> { ["sachverhalt"] = paragraph } };
            var result = Renderers.Default.Render(paper);
            var path = _tools.Save(result.Pdf, $"paper-{lines}.pdf");
            var last = result.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var page = _tools.Text(path, "-f", last, "-l", last);
            Assert.Contains("Datum, Unterschrift", page);
            var before = page[..page.IndexOf("20.10.2022, gez.", StringComparison.Ordinal)];
            if (!Regex.IsMatch(before, @"Wort|keine"))
                lonely.Add(lines);
            if (before.Contains("keine", StringComparison.Ordinal) && !before.Contains("Anlagenverzeichnis", StringComparison.Ordinal))
                lonely.Add(-lines);
        }

        Assert.Empty(lonely);
    }

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ");
}
