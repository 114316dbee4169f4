namespace Drucksachen.Core.Meetings;

/// <summary>A member of the body with their attendance, if recorded.</summary>
public sealed record AttendanceEntry(string Member, string Name, AttendanceStatus? Status);
