using Drucksachen.Core.Configuration;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Drucksachen.Web.Features.Meetings;

/// <summary>
/// Meetings as an iCalendar file (RFC 5545) for calendar programs. An event names the body, the
/// meeting's number, place and state, and links the meeting's page; it never carries agenda items,
/// so a calendar synchronised to a phone or a cloud holds no non-public item's title.
/// </summary>
public sealed class MeetingCalendar(ReadMeetings read, City city, WebOptions web, TimeProvider clock)
{
    /// <summary>How far back a feed reaches: calendar programs keep what they once loaded.</summary>
    private const int MonthsBack = 12;

    /// <summary>The meetings <paramref name="viewer"/> may see (the public ones for null), of <paramref name="bodies"/> (all for null).</summary>
    public async Task<string> WriteAsync(UserProfile? viewer, IReadOnlyCollection<string>? bodies, string name, CancellationToken ct)
    {
        var from = city.DayOf(clock.GetUtcNow()).AddMonths(-MonthsBack);
        var meetings = new List<Meeting>();
        foreach (var body in bodies ?? [null!])
            meetings.AddRange(await read.ListAsync(new MeetingQuery(Body: body, From: from), viewer, ct));

        var calendar = new Calendar { ProductId = "-//Drucksachen//Sitzungen//DE" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", city.TimeZone.Id);
        foreach (var meeting in meetings.OrderBy(m => m.Date).ThenBy(m => m.Start))
            calendar.Events.Add(Event(meeting));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private CalendarEvent Event(Meeting meeting)
    {
        var body = city.FindBody(meeting.Body)?.Name ?? meeting.Body;
        var cancelled = meeting.State == MeetingStates.Cancelled;
        var e = new CalendarEvent
        {
            Uid = $"{meeting.Id:N}@drucksachen",
            Summary = $"{(cancelled ? "Abgesagt: " : "")}{body} ({meeting.Number})",
            Location = meeting.Location,
            DtStart = Utc(meeting.Date, meeting.Start),
            DtEnd = meeting.End is { } end ? Utc(meeting.Date, end) : null,
            DtStamp = new CalDateTime(meeting.ModifiedAt.UtcDateTime, CalDateTime.UtcTzId),
            Sequence = meeting.Version,
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Url = new Uri(new Uri(web.PublicBaseUrl), MeetingLinks.Page(meeting.Number)),
            Description = $"Sitzung {meeting.Number}, {MeetingStates.Label(meeting.State)}"
                + (cancelled && meeting.CancelReason is { } reason ? $" ({reason})" : "")
                + (meeting.IsPublic ? "" : ", nicht öffentlich"),
        };
        return e;
    }

    // Times go out in UTC: no VTIMEZONE to keep in step with the time zone database.
    private CalDateTime Utc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new CalDateTime(TimeZoneInfo.ConvertTimeToUtc(local, city.TimeZone), CalDateTime.UtcTzId);
    }
}
