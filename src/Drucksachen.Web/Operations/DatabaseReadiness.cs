using System.Data.Common;
using Drucksachen.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Drucksachen.Web.Operations;

/// <summary>
/// Ready when the database answers and has every migration this version needs. Asking for the
/// applied migrations connects, so that one question also tells an unreachable database; the
/// description (in the log, never in the answer) says which it was.
/// </summary>
internal sealed class DatabaseReadiness(IDbContextFactory<DrucksachenDbContext> contexts, DatabaseLocation location) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count == 0) return HealthCheckResult.Healthy();
            var what = pending.Count == db.Database.GetMigrations().Count()
                ? "is missing or empty: none of this version's migrations is applied"
                : $"lacks the migrations {string.Join(", ", pending)}";
            return new HealthCheckResult(context.Registration.FailureStatus, $"the database {location.Description} {what}");
        }
        catch (DbException e)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"the database {location.Description} cannot be reached: {e.Message}", e);
        }
    }
}
