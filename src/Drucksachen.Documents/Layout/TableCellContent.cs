namespace Drucksachen.Documents.Layout;

/// <summary>Text of one table cell before measuring.</summary>
internal sealed record TableCellContent(IReadOnlyList<InlineSpan> Spans, TextAlign Align);
