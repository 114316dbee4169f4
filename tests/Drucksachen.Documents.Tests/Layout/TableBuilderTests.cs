using Drucksachen.Documents.Layout;
using static Drucksachen.Documents.Tests.TestSupport.LayoutFixture;

namespace Drucksachen.Documents.Tests.Layout;

public sealed class TableBuilderTests
{
    private static TableCellContent Cell(string text) => new([Span(text)], TextAlign.Left);

    [Fact]
    public void Build_sizes_columns_from_their_content_and_fills_the_width()
    {
        var context = Context();
        var rows = new List<(bool, IReadOnlyList<TableCellContent>)>
        {
            (true, [Cell("Nr"), Cell("Beschreibung")]),
            (false, [Cell("1"), Cell("eine lange Beschreibung der Maßnahme")]),
        };

        var table = TableBuilder.Build(context, rows, 0, 400, 0, 0, new StructureElement(StructureType.Document, null));

        Assert.Equal(400, table.Width, 3);
        Assert.True(table.ColumnWidths[0] < table.ColumnWidths[1] / 5);
        Assert.Single(table.HeaderRows);
        Assert.Empty(context.Problems);
    }

    [Fact]
    public void Build_shrinks_too_wide_table_and_reports_it()
    {
        var context = Context();
        var cells = Enumerable.Range(1, 8).Select(i => Cell($"Spaltenüberschrift{i}")).ToList();

        var table = TableBuilder.Build(context, [(true, cells)], 0, 400, 0, 0, new StructureElement(StructureType.Document, null));

        Assert.Equal(400, table.Width, 3);
        Assert.Contains(context.Problems, p => p.Kind == LayoutProblemKind.TableTooWide);
        var sizes = table.HeaderRows[0].Cells.SelectMany(c => c).SelectMany(l => l.Items).OfType<TextItem>().Select(t => t.Style.Size);
        Assert.All(sizes, s => Assert.Equal(Theme.MinTableFontSize, s, 3));
    }
}
