using Drucksachen.Core.Configuration;

namespace Drucksachen.Core.Meetings;

/// <summary>Where a meeting takes place, as a clerk gives it.</summary>
internal static class MeetingPlaces
{
    /// <summary>
    /// The configured place <paramref name="given"/> names, in its configured spelling, else the
    /// text as given (a place not configured, e.g. a school's hall); null when nothing is given.
    /// </summary>
    public static string? Resolve(City city, string? given) =>
        given?.Trim() is { Length: > 0 } text
            ? city.Places.FirstOrDefault(p => string.Equals(p, text, StringComparison.OrdinalIgnoreCase)) ?? text
            : null;
}
