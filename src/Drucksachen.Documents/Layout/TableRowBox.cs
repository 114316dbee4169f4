namespace Drucksachen.Documents.Layout;

/// <summary>A table row: one cell per column, each with its set lines.</summary>
internal sealed class TableRowBox(List<List<LineBox>> cells, bool isHeader)
{
    public List<List<LineBox>> Cells { get; } = cells;
    public bool IsHeader { get; } = isHeader;

    public double Height => Cells.Max(c => c.Sum(l => l.Height)) + 2 * TableBlock.PaddingY;
}
