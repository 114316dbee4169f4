using Drucksachen.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Stores;

public sealed class EfDueWorkflows(IDbContextFactory<DrucksachenDbContext> contexts) : IDueWorkflows
{
    public async Task<IReadOnlyList<Guid>> DueAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Papers.Where(p => p.Workflow.NextDueAt != null && p.Workflow.NextDueAt <= now)
            .Select(p => p.Id).ToListAsync(ct);
    }
}
