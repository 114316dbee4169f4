using Drucksachen.Core.Errors;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Users;
using Drucksachen.Web.Features.Accounts;

namespace Drucksachen.Web.Features.Meetings;

/// <summary>
/// Loads a meeting by the segment of its address for the current user, as that user may see it
/// (<see cref="ReadMeetings"/> and <see cref="MeetingViews"/> decide), or nothing when it does not
/// exist or they may not see it, so pages answer both alike (404).
/// </summary>
public sealed class VisibleMeetings(ReadMeetings read, CurrentUser current)
{
    public async Task<(MeetingView? View, UserProfile? User)> FindAsync(string segment, CancellationToken ct)
    {
        var user = await current.GetAsync(ct);
        foreach (var candidate in MeetingLinks.Candidates(segment))
        {
            try
            {
                return (await read.ShowAsync(candidate, user, ct), user);
            }
            catch (DrucksachenException e) when (e.Kind == ErrorKind.NotFound)
            {
            }
        }
        return (null, user);
    }

    /// <summary>Whether the user runs meetings (clerks and admins).</summary>
    public static bool IsClerk(UserProfile? user) => user is not null && (user.Has(UserRoles.Clerk) || user.Has(UserRoles.Admin));
}
