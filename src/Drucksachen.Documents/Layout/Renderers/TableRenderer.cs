using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Drucksachen.Documents.Layout.Renderers;

/// <summary>Pipe and grid tables; header rows in bold, column alignment from the delimiter row.</summary>
internal sealed class TableRenderer : LayoutObjectRenderer<Table>
{
    protected override void Write(LayoutRenderer renderer, Table node)
    {
        var theme = renderer.Context.Theme;
        var rows = new List<(bool, IReadOnlyList<TableCellContent>)>();
        foreach (var row in node.OfType<TableRow>())
        {
            var style = new TextStyle(row.IsHeader ? FontFace.Bold : FontFace.Regular, theme.TableFontSize, Ink.Text);
            var cells = new List<TableCellContent>();
            foreach (var cell in row.OfType<TableCell>())
            {
                var spans = new List<InlineSpan>();
                foreach (var block in cell.OfType<LeafBlock>())
                {
                    if (spans.Count > 0)
                        spans.Add(new InlineSpan(InlineSpan.HardBreak, style, null));
                    spans.AddRange(renderer.CollectInlines(block.Inline, style));
                }
                var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : cells.Count;
                var align = column < node.ColumnDefinitions.Count && node.ColumnDefinitions[column].Alignment == TableColumnAlign.Right
                    ? TextAlign.Right
                    : TextAlign.Left;
                cells.Add(new TableCellContent(spans, align));
            }
            rows.Add((row.IsHeader, cells));
        }
        renderer.AddBlock(TableBuilder.Build(renderer.Context, rows, renderer.Indent, renderer.Width,
            theme.ParagraphSpacing + 2, theme.ParagraphSpacing + 2, renderer.Parent));
    }
}
