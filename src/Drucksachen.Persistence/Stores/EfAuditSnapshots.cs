using Drucksachen.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Stores;

/// <summary>The verification's reads in the snapshot transaction the provider begins (<see cref="IDatabaseProvider.BeginSnapshotAsync"/>).</summary>
public sealed class EfAuditSnapshots(IDbContextFactory<DrucksachenDbContext> contexts, DatabaseLocation location) : IHistoryAuditSource
{
    public Task<IHistoryAudit> OpenAuditAsync(CancellationToken ct) => EfHistoryAudit.OpenAsync(contexts, location.Provider.BeginSnapshotAsync, ct);
}
