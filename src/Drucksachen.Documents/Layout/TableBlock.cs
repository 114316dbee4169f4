namespace Drucksachen.Documents.Layout;

/// <summary>A table with measured columns. Header rows repeat on every page the table continues on.</summary>
internal sealed class TableBlock(double x, double[] columnWidths, List<TableRowBox> headerRows, List<TableRowBox> rows) : FlowBlock
{
    public const double PaddingX = 4;
    public const double PaddingY = 3;

    public double X { get; } = x;
    public double[] ColumnWidths { get; } = columnWidths;
    public double Width => ColumnWidths.Sum();
    public List<TableRowBox> HeaderRows { get; } = headerRows;
    public List<TableRowBox> Rows { get; } = rows;
}
