using System.Data.Common;
using System.Text.RegularExpressions;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Papers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Drucksachen.Persistence.Stores;

/// <summary>Resolves what users type to name a paper: its number, its id, or the id's first eight digits.</summary>
public static partial class PaperLookup
{
    public static async Task<Guid?> ResolveAsync(DrucksachenDbContext db, string reference, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        return await ResolveAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), reference, ct);
    }

    /// <summary>Looks the reference up on an open connection (a session's), inside <paramref name="transaction"/> if it began one.</summary>
    public static async Task<Guid?> ResolveAsync(DbConnection connection, DbTransaction? transaction, string reference, CancellationToken ct)
    {
        var text = reference.Trim();
        if (Guid.TryParse(text, out var id)) return id;
        if (ShortId().IsMatch(text))
        {
            // Ids are stored as text (SQLite, upper case) or as uuid (PostgreSQL): compared as lower-case text on both.
            var ids = await IdsAsync(connection, transaction, """SELECT "Id" FROM "Papers" WHERE lower(CAST("Id" AS TEXT)) LIKE @text LIMIT 2""",
                text.ToLowerInvariant() + "%", ct);
            if (ids.Count > 1)
                throw new DrucksachenException(ErrorKind.BadInput, $"'{text}' names more than one paper; give the full id");
            if (ids.Count == 1) return ids[0];
        }
        return (await IdsAsync(connection, transaction, """SELECT "Id" FROM "Papers" WHERE "Number" = @text LIMIT 1""", text, ct))
            is [var numbered] ? numbered : null;
    }

    public static IQueryable<Paper> WithDetails(this IQueryable<Paper> papers) =>
        papers.Include(p => p.Consultations.OrderBy(c => c.Position));

    private static async Task<List<Guid>> IdsAsync(DbConnection connection, DbTransaction? transaction, string sql, string text, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@text";
        parameter.Value = text;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var ids = new List<Guid>(2);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetGuid(0));
        return ids;
    }

    [GeneratedRegex("^[0-9a-fA-F]{8}$")]
    private static partial Regex ShortId();
}
