namespace Drucksachen.Documents.Layout;

/// <summary>Continue on a new page (from a thematic break).</summary>
internal sealed class PageBreakBlock : FlowBlock;
