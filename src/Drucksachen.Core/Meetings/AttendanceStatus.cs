namespace Drucksachen.Core.Meetings;

public enum AttendanceStatus
{
    Present,
    Excused,
    Absent,
}
