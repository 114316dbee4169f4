using Drucksachen.Documents.Layout;
using static Drucksachen.Documents.Tests.TestSupport.LayoutFixture;

namespace Drucksachen.Documents.Tests.Layout;

public sealed class PaginatorTests
{
    // Text area 100 pt high: seven lines of 14 pt fit on a page.
    private static readonly PageGeometry Small = new(300, 200, Left: 20, Right: 20, Top: 50, Bottom: 50);

    [Fact]
    public void Paginate_never_leaves_a_single_widow_line()
    {
        var document = new Paginator(Small).Paginate([Paragraph("x", 4), Paragraph("p", 4)]);

        // 4 + 3 would fit, but the 4th line would be alone on the next page: 2 move over.
        Assert.Equal(["x1", "x2", "x3", "x4", "p1", "p2"], Texts(document.Pages[0]));
        Assert.Equal(["p3", "p4"], Texts(document.Pages[1]));
    }

    [Fact]
    public void Paginate_never_leaves_a_single_orphan_line()
    {
        var document = new Paginator(Small).Paginate([Paragraph("x", 6), Paragraph("p", 5)]);

        Assert.Equal(["x1", "x2", "x3", "x4", "x5", "x6"], Texts(document.Pages[0]));
        Assert.Equal(["p1", "p2", "p3", "p4", "p5"], Texts(document.Pages[1]));
    }

    [Fact]
    public void Paginate_moves_three_line_paragraph_whole_rather_than_split_it()
    {
        var document = new Paginator(Small).Paginate([Paragraph("x", 5), Paragraph("p", 3)]);

        Assert.Equal(["p1", "p2", "p3"], Texts(document.Pages[1]));
    }

    [Fact]
    public void Paginate_keeps_heading_with_following_text()
    {
        var heading = new LineBlock(0, [Line("Heading")]) { KeepWithNext = true, KeepTogether = true, Outline = (2, "Heading") };

        var document = new Paginator(Small).Paginate([Paragraph("x", 5), heading, Paragraph("p", 4)]);

        Assert.Equal(["x1", "x2", "x3", "x4", "x5"], Texts(document.Pages[0]));
        Assert.Equal(["Heading", "p1", "p2", "p3", "p4"], Texts(document.Pages[1]));
        Assert.Equal(new OutlineEntry(2, "Heading", 1, 50), Assert.Single(document.Outline));
    }

    [Fact]
    public void Paginate_starts_new_page_at_page_break()
    {
        var document = new Paginator(Small).Paginate([Paragraph("x", 1), new PageBreakBlock(), Paragraph("p", 1)]);

        Assert.Equal(2, document.Pages.Count);
        Assert.Equal(["p1"], Texts(document.Pages[1]));
    }

    [Fact]
    public void Paginate_repeats_table_header_on_every_page()
    {
        var table = Table(rows: 20, linesPerRow: 1);

        var document = new Paginator(Small).Paginate([table]);

        Assert.True(document.Pages.Count >= 4);
        Assert.All(document.Pages, page => Assert.Equal("Kopf", Texts(page).First()));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"r{i}.1"),
            document.Pages.SelectMany(Texts).Where(t => t != "Kopf"));
        Assert.All(document.Pages, page => Assert.Contains(page.Items, i => i is FillItem));
    }

    [Fact]
    public void Paginate_splits_row_too_tall_for_the_rest_of_the_page()
    {
        var table = Table(rows: 2, linesPerRow: 8);

        var document = new Paginator(Small).Paginate([table]);

        var lines = document.Pages.SelectMany(Texts).Where(t => t != "Kopf").ToList();
        Assert.Equal(16, lines.Count);
        Assert.Equal("r1.1", Texts(document.Pages[0]).ElementAt(1));
        Assert.All(document.Pages, page => Assert.Equal("Kopf", Texts(page).First()));
        Assert.All(document.Pages, page => Assert.True(Texts(page).Count() >= 3, "no page holds a lone row line"));
    }

    private static TableBlock Table(int rows, int linesPerRow)
    {
        var header = new TableRowBox([[Line("Kopf")]], isHeader: true);
        var body = Enumerable.Range(1, rows)
            .Select(r => new TableRowBox([[.. Enumerable.Range(1, linesPerRow).Select(l => Line($"r{r}.{l}"))]], isHeader: false))
            .ToList();
        return new TableBlock(0, [260], [header], body);
    }
}
