using Drucksachen.Core.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Stores;

/// <summary>Finds meetings by number or id, with what belongs to them.</summary>
public static class MeetingLookup
{
    public static async Task<Guid?> ResolveAsync(DrucksachenDbContext db, string numberOrId, CancellationToken ct)
    {
        var text = numberOrId.Trim();
        if (Guid.TryParse(text, out var id)) return await db.Meetings.AnyAsync(m => m.Id == id, ct) ? id : null;
        var upper = text.ToUpperInvariant();
        return await db.Meetings.Where(m => m.Number == text || m.Number == upper).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
    }

    public static IQueryable<Meeting> WithDetails(this IQueryable<Meeting> meetings) =>
        meetings.Include(m => m.Items).Include(m => m.Attendance).AsSplitQuery();
}
