using Drucksachen.Core.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Stores;

/// <summary>Finds meetings by number or id, with what belongs to them.</summary>
public static class MeetingLookup
{
    /// <summary>The meeting <paramref name="numberOrId"/> names: its id, or its number as written or in capitals ("sag/001/2026").</summary>
    public static IQueryable<Meeting> Named(this IQueryable<Meeting> meetings, string numberOrId)
    {
        var text = numberOrId.Trim();
        if (Guid.TryParse(text, out var id)) return meetings.Where(m => m.Id == id);
        var upper = text.ToUpperInvariant();
        return meetings.Where(m => m.Number == text || m.Number == upper);
    }

    public static IQueryable<Meeting> WithDetails(this IQueryable<Meeting> meetings) =>
        meetings.Include(m => m.Items).Include(m => m.Attendance).AsSplitQuery();
}
