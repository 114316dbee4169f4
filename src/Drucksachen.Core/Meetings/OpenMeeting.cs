using Drucksachen.Core.Errors;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;

namespace Drucksachen.Core.Meetings;

/// <summary>A meeting loaded for change by a clerk, in a session the use case commits.</summary>
public sealed record OpenMeeting(IMeetingSession Session, Meeting Meeting, UserProfile User, string Role) : IAsyncDisposable
{
    /// <summary>Opens a session and loads the meeting for a user who runs meetings; a version the user saw that is no longer current is a conflict.</summary>
    public static async Task<OpenMeeting> ForClerkAsync(IMeetingSessions sessions, IUserDirectory users, string meeting, string user, int? expectedVersion,
        CancellationToken ct)
    {
        var profile = await users.GetAsync(user, ct);
        var role = MeetingAccess.RequireClerk(profile);
        var session = sessions.OpenSession();
        try
        {
            var found = await session.FindMeetingAsync(meeting, ct) ?? throw MeetingAccess.NotFound(meeting);
            if (expectedVersion is { } expected && expected != found.Version)
                throw new DrucksachenException(ErrorKind.Conflict,
                    $"meeting {found.Number} was changed meanwhile (you saw version {expected}, it is now {found.Version}); reload and try again")
                    { Text = new ErrorText("meeting-changed", found.Number) };
            return new OpenMeeting(session, found, profile, role);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Refuses a change to a meeting that is held or cancelled.</summary>
    public void RequireOpen(string what)
    {
        if (!Meeting.IsOpen)
            throw new DrucksachenException(ErrorKind.NotAllowed, $"meeting {Meeting.Number} is {MeetingStates.Label(Meeting.State)}: {what} is no longer possible")
                { Text = new ErrorText("meeting-closed", Meeting.Number, MeetingStates.Label(Meeting.State)) };
    }

    public ValueTask DisposeAsync() => Session.DisposeAsync();
}
