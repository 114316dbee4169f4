using Drucksachen.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.PostgreSql.Search;

/// <summary>
/// Moves what writes left in the search indexes' pending lists (GIN's fast update, which every
/// search reads through) into the indexes proper. Autovacuum does the same in time; this does it
/// now, through a function of the schema owner's (see <see cref="SearchSchema"/>), as only an
/// index's owner may.
/// </summary>
public sealed class PostgreSqlSearchMaintenance(IDbContextFactory<DrucksachenDbContext> contexts) : ISearchMaintenance
{
    public async Task CompactAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.ExecuteSqlRawAsync("SELECT drucksachen_compact_search()", ct);
    }
}
