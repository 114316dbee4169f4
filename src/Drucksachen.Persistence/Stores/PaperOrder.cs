using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;

namespace Drucksachen.Persistence.Stores;

/// <summary>The order and the summary of the paper lists, shared by the lists and every provider's search.</summary>
public static class PaperOrder
{
    /// <summary>Newest number first, papers without number last; the list order indexes hold these columns.</summary>
    public static IOrderedQueryable<Paper> InListOrder(this IQueryable<Paper> papers) =>
        papers.OrderByDescending(p => p.NumberYear).ThenByDescending(p => p.NumberSequence)
            .ThenByDescending(p => p.CreatedAt).ThenBy(p => p.Id);

    /// <summary>The papers as list rows, in list order.</summary>
    public static IQueryable<PaperSummary> Summaries(this IQueryable<Paper> papers) =>
        papers.InListOrder()
            .Select(p => new PaperSummary(p.Id, p.Number, p.Title, p.Type, p.IsPublic, p.State, p.IsFinished, p.Date,
                p.LeadOffice, p.ReleasedAt, p.Deadline, p.Version));
}
