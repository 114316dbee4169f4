using Drucksachen.Core.Access;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Users;

namespace Drucksachen.Core.Meetings;

/// <summary>
/// Who may see and change meetings. Everyone sees public meetings and their public part; a
/// non-public item's title and paper, and meetings that are not public at all, only staff
/// (clerks, approvers, admins) and the members of the body. Clerks and admins run meetings.
/// </summary>
public static class MeetingAccess
{
    public static bool SeesNonPublicPart(UserProfile? user, string body) =>
        PaperAccess.SeesEverything(user) || (user is not null && user.Has(UserRoles.Council) && user.Bodies.Contains(body, StringComparer.OrdinalIgnoreCase));

    public static bool CanSee(UserProfile? user, Meeting meeting) => meeting.IsPublic || SeesNonPublicPart(user, meeting.Body);

    /// <summary>The bodies whose non-public meetings the user sees; null for every body's.</summary>
    public static IReadOnlyCollection<string>? NonPublicBodies(UserProfile? user) =>
        PaperAccess.SeesEverything(user) ? null
        : user is not null && user.Has(UserRoles.Council) ? user.Bodies : [];

    /// <summary>The meeting if the user may see it; otherwise the same error as for a meeting that does not exist.</summary>
    public static Meeting Require(UserProfile? user, Meeting? meeting, string numberOrId) =>
        meeting is not null && CanSee(user, meeting) ? meeting : throw NotFound(numberOrId);

    /// <summary>The role the user runs meetings in.</summary>
    public static string RequireClerk(UserProfile user) =>
        user.Has(UserRoles.Clerk) ? UserRoles.Clerk
        : user.Has(UserRoles.Admin) ? UserRoles.Admin
        : throw new DrucksachenException(ErrorKind.NotAllowed, $"user '{user.Id}' may not run meetings (needs role clerk or admin)")
            { Text = new ErrorText("meetings-clerks-only") };

    public static DrucksachenException NotFound(string numberOrId) =>
        new(ErrorKind.NotFound, $"no meeting '{numberOrId}' (give its number, like SAG/001/2026, or its id)") { Text = new ErrorText("no-meeting", numberOrId) };
}
