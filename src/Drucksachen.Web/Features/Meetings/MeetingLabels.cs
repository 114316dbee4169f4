using System.Globalization;
using Drucksachen.Core.Meetings;
using Drucksachen.Web.Features.Papers;

namespace Drucksachen.Web.Features.Meetings;

/// <summary>German words for a meeting's day, time and attendance as the pages print them.</summary>
public static class MeetingLabels
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>"Donnerstag, 03.11.2022".</summary>
    public static string Day(DateOnly date) => date.ToString("dddd, ", German) + Labels.Date(date);

    /// <summary>"17:00 Uhr" or "17:00–19:45 Uhr".</summary>
    public static string Time(Meeting meeting) =>
        MeetingTimes.Format(meeting.Start) + (meeting.End is { } end ? "–" + MeetingTimes.Format(end) : "") + " Uhr";

    /// <summary>"November 2022".</summary>
    public static string Month(DateOnly date) => date.ToString("MMMM yyyy", German);

    public static string Attendance(AttendanceStatus? status) => status switch
    {
        AttendanceStatus.Present => "anwesend",
        AttendanceStatus.Excused => "entschuldigt",
        AttendanceStatus.Absent => "abwesend",
        _ => "nicht erfasst",
    };
}
