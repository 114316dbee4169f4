using System.Text.RegularExpressions;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Papers;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Stores;

/// <summary>Resolves what users type to name a paper: its number, its id, or the id's first eight digits.</summary>
internal static partial class PaperLookup
{
    public static async Task<Guid?> ResolveAsync(DrucksachenDbContext db, string reference, CancellationToken ct)
    {
        var text = reference.Trim();
        if (Guid.TryParse(text, out var id)) return id;
        if (ShortId().IsMatch(text))
        {
            var ids = await db.Database
                .SqlQuery<Guid>($"SELECT Id AS Value FROM Papers WHERE Id LIKE {text + "%"} LIMIT 2")
                .ToListAsync(ct);
            if (ids.Count > 1)
                throw new DrucksachenException(ErrorKind.BadInput, $"'{text}' names more than one paper; give the full id");
            if (ids.Count == 1) return ids[0];
        }
        return await db.Papers.Where(p => p.Number == text).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
    }

    public static IQueryable<Paper> WithDetails(this IQueryable<Paper> papers) =>
        papers.Include(p => p.Consultations.OrderBy(c => c.Position));

    [GeneratedRegex("^[0-9a-fA-F]{8}$")]
    private static partial Regex ShortId();
}
