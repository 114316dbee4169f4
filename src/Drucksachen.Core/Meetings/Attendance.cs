namespace Drucksachen.Core.Meetings;

/// <summary>Whether one member of the body attended a meeting.</summary>
public sealed class Attendance
{
    private Attendance() { }

    public Attendance(string member, AttendanceStatus status)
    {
        Member = member;
        Status = status;
    }

    public Guid MeetingId { get; private set; }

    /// <summary>The member's user id.</summary>
    public string Member { get; private set; } = "";
    public AttendanceStatus Status { get; private set; }
}
