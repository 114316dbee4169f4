using Drucksachen.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Sqlite.Search;

/// <summary>
/// Merges each FTS5 index into one piece with FTS5's own <c>optimize</c> command: every write adds
/// to them in small pieces, and a search reads each piece. The write lock is held meanwhile.
/// </summary>
public sealed class SqliteSearchMaintenance(IDbContextFactory<DrucksachenDbContext> contexts) : ISearchMaintenance
{
    public async Task CompactAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "PaperTitles" ("PaperTitles") VALUES ('optimize');
            INSERT INTO "PaperWords" ("PaperWords") VALUES ('optimize');
            INSERT INTO "PublicPaperTitles" ("PublicPaperTitles") VALUES ('optimize');
            INSERT INTO "PublicPaperWords" ("PublicPaperWords") VALUES ('optimize');
            """, ct);
    }
}
