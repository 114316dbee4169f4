namespace Drucksachen.Documents.Layout;

/// <summary>A block the paginator places: already measured for the text width, not yet for the page.</summary>
internal abstract class FlowBlock
{
    public double SpaceBefore { get; init; }
    public double SpaceAfter { get; init; }

    /// <summary>Start a new page rather than leave this block as the last thing on one (headings).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Never stand alone at the top of a page: the last lines of the text before come along (date and signature).</summary>
    public bool KeepWithPrevious { get; init; }
}
