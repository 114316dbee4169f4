using Drucksachen.Core.Configuration;

namespace Drucksachen.Web.Tests.TestSupport;

/// <summary>
/// Today as the product counts days: in the city's time zone (Europe/Berlin), not the machine's.
/// From 23:00 UTC in winter the two differ, and a deadline "two days ahead" by the machine's day
/// is one day ahead for the product.
/// </summary>
internal static class CityDay
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(new CityOptions().TimeZone);

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Zone).DateTime);
}
