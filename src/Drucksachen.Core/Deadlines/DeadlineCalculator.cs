using Drucksachen.Core.Configuration;
using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Deadlines;

/// <summary>
/// Computes release deadlines from the advisory sequence and each body's notice period.
/// "4 full days" (ThürKO § 35(2)) means four whole calendar days lie between the day the paper goes
/// out and the meeting day: for a meeting on Thursday 03.11.2022 the paper must be out on Saturday
/// 29.10.2022, so the deadline passes at the start of 30.10.2022, local time.
/// </summary>
public sealed class DeadlineCalculator(City city)
{
    /// <summary>The binding deadlines: those of the earliest-due consultation not yet held; null if none has a notice period.</summary>
    public ReleaseDeadlines? For(Paper paper)
    {
        ReleaseDeadlines? earliest = null;
        foreach (var consultation in paper.Consultations)
        {
            if (consultation.IsRecorded) continue;
            var body = city.FindBody(consultation.Body);
            if (body is null || For(body, consultation.Date) is not { } deadlines) continue;
            if (earliest is not null && deadlines.Regular >= earliest.Regular) continue;
            earliest = deadlines;
        }
        return earliest;
    }

    /// <summary>The deadlines for what must go out for a meeting of <paramref name="body"/> on <paramref name="day"/>: papers, the invitation.</summary>
    public ReleaseDeadlines? For(BodyOptions body, DateOnly day)
    {
        if (body.NoticeDays is not { } notice) return null;
        DateTimeOffset? urgent = body.UrgentNoticeDays is { } u ? StartOfDay(day.AddDays(-u)) : null;
        return new ReleaseDeadlines(StartOfDay(day.AddDays(-notice)), urgent, body.Name, day);
    }

    private DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, city.TimeZone.GetUtcOffset(local));
    }
}
