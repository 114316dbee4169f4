namespace Drucksachen.Core.Storage;

/// <summary>One page of a search and the number of all hits the viewer may see.</summary>
/// <param name="MoreThanTotal">
/// The search found more than <paramref name="Total"/> such papers and stopped counting there
/// (<see cref="PaperSearch.CountLimit"/>).
/// </param>
public sealed record PaperPage(IReadOnlyList<PaperSummary> Items, int Total, bool MoreThanTotal = false);
