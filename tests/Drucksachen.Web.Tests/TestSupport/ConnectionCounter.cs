using System.Data.Common;
using Drucksachen.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Drucksachen.Web.Tests.TestSupport;

/// <summary>Counts the database connections a context factory's contexts open, pooled or not (a round trip each).</summary>
internal sealed class ConnectionCounter : DbConnectionInterceptor
{
    private int _opened;

    public int Opened => Volatile.Read(ref _opened);

    /// <summary>A factory for the same database as <paramref name="factory"/>, whose openings this counter counts.</summary>
    public IDbContextFactory<DrucksachenDbContext> Counting(IDbContextFactory<DrucksachenDbContext> factory)
    {
        using var db = factory.CreateDbContext();
        var options = (DbContextOptions<DrucksachenDbContext>)db.GetService<IDbContextOptions>();
        return new PooledDbContextFactory<DrucksachenDbContext>(new DbContextOptionsBuilder<DrucksachenDbContext>(options).AddInterceptors(this).Options);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _opened);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        Interlocked.Increment(ref _opened);
        return Task.CompletedTask;
    }
}
