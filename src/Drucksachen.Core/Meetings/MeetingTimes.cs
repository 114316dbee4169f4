using System.Globalization;
using Drucksachen.Core.Errors;

namespace Drucksachen.Core.Meetings;

/// <summary>Reads and writes a meeting's times as clerks write them ("17:00", "9:30").</summary>
public static class MeetingTimes
{
    public static TimeOnly Parse(string text, string field) =>
        TimeOnly.TryParseExact(text.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new InputException(null, null, field, $"'{text}' is not a time of day (HH:MM)", new ErrorText("not-a-time", text));

    public static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Refuses a planned end that is not after the start.</summary>
    public static void CheckEnd(TimeOnly start, TimeOnly? end)
    {
        if (end is { } e && e <= start)
            throw new InputException(null, null, "end", $"the end {Format(e)} is not after the start {Format(start)}",
                new ErrorText("end-before-start", Format(e), Format(start)));
    }
}
