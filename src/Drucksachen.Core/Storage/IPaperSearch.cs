namespace Drucksachen.Core.Storage;

/// <summary>The paper list with its filters and full-text search, as the pages and the API show it.</summary>
public interface IPaperSearch
{
    /// <summary>
    /// A page of the papers <paramref name="viewer"/> may see (<see cref="Access.PaperAccess"/>,
    /// applied in the query, also to the total), newest number first, papers without number last.
    /// </summary>
    Task<PaperPage> SearchAsync(PaperSearch search, Users.UserProfile? viewer, CancellationToken ct);
}
