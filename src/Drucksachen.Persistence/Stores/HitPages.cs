using Drucksachen.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Stores;

/// <summary>How every provider's search takes its page from the hits of a text, which come in list order.</summary>
public static class HitPages
{
    /// <summary>
    /// The hits are stepped through up to the count limit (<paramref name="hitsInOrder"/> asks for
    /// one more, to tell whether there are more), but only the page's ids are read: parsing every
    /// hit's id and passing it through EF took about a fifth of a search with thousands of hits.
    /// </summary>
    public static async Task<(List<Guid> Ids, int Total)> ReadAsync(IQueryable<Guid> hitsInOrder, PaperSearch search, CancellationToken ct)
    {
        await using var command = hitsInOrder.CreateDbCommand();
        await using var reader = await command.ExecuteReaderAsync(ct);
        var ids = new List<Guid>(search.Take);
        var total = 0;
        for (; await reader.ReadAsync(ct); total++)
            if (total >= search.Skip && ids.Count < search.Take && total < search.CountLimit) ids.Add(reader.GetGuid(0));
        return (ids, total);
    }
}
