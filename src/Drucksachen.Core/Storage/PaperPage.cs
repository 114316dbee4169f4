namespace Drucksachen.Core.Storage;

/// <summary>One page of a search and the number of all hits the viewer may see.</summary>
public sealed record PaperPage(IReadOnlyList<PaperSummary> Items, int Total);
