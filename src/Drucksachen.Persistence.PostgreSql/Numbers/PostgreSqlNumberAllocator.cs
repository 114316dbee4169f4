using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Drucksachen.Persistence.PostgreSql.Numbers;

/// <summary>The paper session's numbers on PostgreSQL (<see cref="PostgreSqlNumbers"/>), in the session's transaction.</summary>
public sealed class PostgreSqlNumberAllocator : INumberAllocator
{
    public Task<int> NextAsync(DrucksachenDbContext db, string series, int year, CancellationToken ct) =>
        PostgreSqlNumbers.NextAsync((NpgsqlConnection)db.Database.GetDbConnection(),
            (NpgsqlTransaction)(db.Database.CurrentTransaction?.GetDbTransaction()
                ?? throw new InvalidOperationException("numbers are taken inside the session's transaction")),
            series, year, ct);
}
