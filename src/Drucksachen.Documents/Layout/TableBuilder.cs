namespace Drucksachen.Documents.Layout;

/// <summary>
/// Measures a table: column widths follow the content (the automatic table layout of browsers: each column gets
/// its widest word, spare room is shared out in proportion to what the column would need on one line). A table
/// whose widest words do not fit is set in a smaller type, down to a floor, and then has its words broken.
/// </summary>
internal static class TableBuilder
{
    public static TableBlock Build(LayoutContext context, IReadOnlyList<(bool IsHeader, IReadOnlyList<TableCellContent> Cells)> rows,
        double x, double width, double spaceBefore, double spaceAfter, StructureElement parent)
    {
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);
        var breaker = new LineBreaker(context);
        var size = context.Theme.TableFontSize;
        double[] min, max;
        while (true)
        {
            (min, max) = Extents(breaker, rows, columns, size / context.Theme.TableFontSize);
            if (min.Sum() <= width || size <= context.Theme.MinTableFontSize)
                break;
            size = Math.Max(context.Theme.MinTableFontSize, size - 0.5);
        }
        if (size < context.Theme.TableFontSize || min.Sum() > width)
        {
            var header = rows.FirstOrDefault().Cells?.FirstOrDefault()?.Spans.FirstOrDefault().Text ?? "";
            context.Report(LayoutProblemKind.TableTooWide,
                $"The table starting with '{header}' is wider than the page; it was set in {size:0.#} pt and its cells wrapped. Consider fewer columns.");
        }
        var widths = Distribute(min, max, width);
        var scale = size / context.Theme.TableFontSize;
        var headerRows = new List<TableRowBox>();
        var bodyRows = new List<TableRowBox>();
        var table = new StructureElement(StructureType.Table, parent);
        foreach (var (isHeader, cells) in rows)
        {
            var boxes = new List<List<LineBox>>();
            var row = new StructureElement(StructureType.TR, table);
            for (var c = 0; c < columns; c++)
            {
                var cell = c < cells.Count ? cells[c] : new TableCellContent([], TextAlign.Left);
                var lines = breaker.Break(Scale(cell.Spans, scale), widths[c] - 2 * TableBlock.PaddingX, cell.Align);
                Tagging.Tag(lines, new StructureElement(isHeader ? StructureType.TH : StructureType.TD, row));
                boxes.Add(lines);
            }
            (isHeader ? headerRows : bodyRows).Add(new TableRowBox(boxes, isHeader));
        }
        return new TableBlock(x, widths, headerRows, bodyRows) { SpaceBefore = spaceBefore, SpaceAfter = spaceAfter };
    }

    private static (double[] Min, double[] Max) Extents(LineBreaker breaker,
        IReadOnlyList<(bool IsHeader, IReadOnlyList<TableCellContent> Cells)> rows, int columns, double scale)
    {
        var min = new double[columns];
        var max = new double[columns];
        foreach (var (_, cells) in rows)
        {
            for (var c = 0; c < cells.Count; c++)
            {
                var (cellMin, cellMax) = breaker.MeasureExtent(Scale(cells[c].Spans, scale));
                min[c] = Math.Max(min[c], cellMin + 2 * TableBlock.PaddingX);
                max[c] = Math.Max(max[c], cellMax + 2 * TableBlock.PaddingX);
            }
        }
        return (min, max);
    }

    private static double[] Distribute(double[] min, double[] max, double width)
    {
        var (sumMin, sumMax) = (min.Sum(), max.Sum());
        if (sumMax <= 0)
            return [.. min.Select(_ => width / Math.Max(1, min.Length))];
        if (sumMax <= width)
            return [.. max.Select(m => m + (width - sumMax) * m / sumMax)];
        if (sumMin <= width)
            return [.. min.Select((m, i) => m + (max[i] - m) * (width - sumMin) / (sumMax - sumMin))];
        return [.. min.Select(m => m * width / sumMin)];
    }

    private static List<InlineSpan> Scale(IReadOnlyList<InlineSpan> spans, double scale) =>
        [.. spans.Select(s => s with { Style = s.Style with { Size = s.Style.Size * scale } })];
}
