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
        return (await ShowAsync(read, segment, user, ct), user);
    }

    /// <summary>The meeting an address segment names (<see cref="MeetingLinks.Candidates"/>) as <paramref name="user"/> may see it, or null.</summary>
    public static async Task<MeetingView?> ShowAsync(ReadMeetings read, string segment, UserProfile? user, CancellationToken ct)
    {
        foreach (var candidate in MeetingLinks.Candidates(segment))
        {
            try
            {
                return await read.ShowAsync(candidate, user, ct);
            }
            catch (DrucksachenException e) when (e.Kind == ErrorKind.NotFound)
            {
            }
        }
        return null;
    }

    /// <summary>Whether the user runs meetings (clerks and admins).</summary>
    public static bool IsClerk(UserProfile? user) => user is not null && (user.Has(UserRoles.Clerk) || user.Has(UserRoles.Admin));
}
