namespace Drucksachen.Web.Tests.TestSupport;

/// <summary>
/// The system's time moved back or forth by an offset a test sets, so a fixture can plan and invite
/// to a meeting before its day and record it afterwards, while timestamps still move on by themselves.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
}
