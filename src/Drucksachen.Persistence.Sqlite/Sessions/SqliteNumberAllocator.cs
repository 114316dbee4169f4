using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Drucksachen.Persistence.Sqlite.Sessions;

/// <summary>Numbers for the EF sessions (meetings) on SQLite, in the session's transaction.</summary>
internal sealed class SqliteNumberAllocator : INumberAllocator
{
    public async Task<int> NextAsync(DrucksachenDbContext db, string series, int year, CancellationToken ct)
    {
        await using var command = ((SqliteConnection)db.Database.GetDbConnection()).CreateCommand();
        command.Transaction = (SqliteTransaction)(db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("numbers are taken inside the session's transaction"));
        command.CommandText = SqliteNumbers.Next;
        command.Parameters.AddWithValue("@series", series);
        command.Parameters.AddWithValue("@year", year);
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }
}
