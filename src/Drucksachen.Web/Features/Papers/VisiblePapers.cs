using Drucksachen.Core.Access;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Accounts;

namespace Drucksachen.Web.Features.Papers;

/// <summary>
/// Loads a paper for the current user, or nothing when it does not exist or they may not see it,
/// so pages and downloads answer both cases alike (404), with the same work.
/// </summary>
public sealed class VisiblePapers(IPaperReads store, CurrentUser current)
{
    public async Task<(Paper? Paper, UserProfile? User)> FindAsync(Guid id, CancellationToken ct)
    {
        var user = await current.GetAsync(ct);
        var paper = await store.FindVisibleAsync(id.ToString(), user, ct);
        return paper is not null && PaperAccess.CanSee(user, paper) ? (paper, user) : (null, user);
    }
}
