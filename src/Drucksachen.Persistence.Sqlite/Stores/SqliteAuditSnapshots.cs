using Drucksachen.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Sqlite.Stores;

public sealed class SqliteAuditSnapshots(IDbContextFactory<DrucksachenDbContext> contexts) : IHistoryAuditSource
{
    public Task<IHistoryAudit> OpenAuditAsync(CancellationToken ct) => SqliteHistoryAudit.OpenAsync(contexts, ct);
}
