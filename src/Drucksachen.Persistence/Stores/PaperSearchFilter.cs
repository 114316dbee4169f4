using Drucksachen.Core.Access;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;

namespace Drucksachen.Persistence.Stores;

/// <summary>The filters of a <see cref="PaperSearch"/> other than its text, the access rule first; every provider's search applies them.</summary>
public static class PaperSearchFilter
{
    public static IQueryable<Paper> Filter(this IQueryable<Paper> source, PaperSearch search, UserProfile? viewer)
    {
        var papers = source.Where(PaperAccess.VisibleTo(viewer));
        if (search.ReleasedOnly) papers = papers.Where(p => p.ReleasedAt != null);
        if (search.OnlyLate) papers = papers.Where(p => !p.IsFinished && p.Deadline != DeadlineStatus.InTime);
        if (search.Type is { } type) papers = papers.Where(p => p.Type == type);
        if (search.State is { } state) papers = papers.Where(p => p.State == state);
        if (search.Year is { } year) papers = papers.Where(p => p.NumberYear == year);
        if (search.Body is { } body) papers = papers.Where(p => p.Consultations.Any(c => c.Body == body));
        return papers;
    }
}
