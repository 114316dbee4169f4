namespace Drucksachen.Web.Api.Meetings;

/// <summary>
/// The bodies of the requests that change a meeting. Each may carry the version the caller saw
/// (expectedVersion, or the header If-Match); a meeting changed meanwhile is a 409.
/// </summary>
public static class MeetingRequests
{
    /// <param name="Body">Key or name of the body, e.g. sag.</param>
    /// <param name="Date">The day, 2026-11-03 or 03.11.2026.</param>
    /// <param name="Start">HH:MM; default: the body's usual start.</param>
    /// <param name="End">Planned end, HH:MM.</param>
    /// <param name="Location">One of the configured places or free text; default: the body's usual place.</param>
    public sealed record CreateRequest(string? Body = null, string? Date = null, string? Start = null, string? End = null, string? Location = null);

    /// <param name="Date">The new day, 2026-11-10 (within the meeting's year); omitted: unchanged.</param>
    /// <param name="Start">The new start, HH:MM; omitted: unchanged.</param>
    /// <param name="End">The new planned end, HH:MM; omitted: unchanged.</param>
    /// <param name="Location">The new place, one of the configured places or free text; omitted: unchanged.</param>
    public sealed record RescheduleRequest(string? Date = null, string? Start = null, string? End = null, string? Location = null,
        int? ExpectedVersion = null);

    /// <param name="Paper">The paper's number (1803/22) or id.</param>
    /// <param name="Marking">For a paper released after the notice deadline: urgent (Dringlichkeitsvorlage) or table (Tischvorlage).</param>
    public sealed record ScheduleRequest(string? Paper = null, string? Marking = null, int? ExpectedVersion = null);

    /// <param name="Title">The free item's title.</param>
    /// <param name="Public">In the public part (default) or the non-public part.</param>
    public sealed record ItemRequest(string? Title = null, bool Public = true, int? ExpectedVersion = null);

    /// <param name="To">The place in the item's part, from 1.</param>
    public sealed record MoveRequest(int? To = null, int? ExpectedVersion = null);

    public sealed record VersionRequest(int? ExpectedVersion = null);

    /// <param name="Urgent">Send it after the notice period, marked urgent (the invitation says so).</param>
    public sealed record InviteRequest(bool Urgent = false, int? ExpectedVersion = null);

    /// <param name="Present">Members present (login names); the others are absent unless excused.</param>
    public sealed record AttendanceRequest(IReadOnlyList<string>? Present = null, IReadOnlyList<string>? Excused = null, int? ExpectedVersion = null);

    /// <param name="Outcome">noted, recommended, approved, approved-with-changes, rejected, deferred, referred, withdrawn.</param>
    /// <param name="Vote">YES/NO/ABSTENTIONS, e.g. 12/3/1, or "einstimmig".</param>
    /// <param name="Resolution">The resolution as adopted; default: the paper's Beschlussvorschlag; required for approved-with-changes.</param>
    /// <param name="NextDate">For deferred and referred: the day of the meeting that takes it up.</param>
    /// <param name="Body">For referred: the body it goes to.</param>
    public sealed record RecordRequest(string? Outcome = null, string? Vote = null, string? Resolution = null, string? Note = null,
        string? NextDate = null, string? Body = null, int? ExpectedVersion = null);

    /// <param name="End">When the meeting ended, HH:MM.</param>
    public sealed record CloseRequest(string? End = null, int? ExpectedVersion = null);

    public sealed record CancelRequest(string? Reason = null, int? ExpectedVersion = null);
}
