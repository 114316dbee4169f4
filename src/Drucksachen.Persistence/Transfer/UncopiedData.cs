using Drucksachen.Core.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Drucksachen.Persistence.Transfer;

/// <summary>
/// Makes sure a transfer leaves nothing behind unnoticed: every table and column in the database is
/// either the model's (copied) or one the database's triggers keep (rebuilt by the target's own
/// triggers; <see cref="IDatabaseProvider.TriggerMaintained"/>), and every column of the model is
/// in the database. Anything else (a table a migration added outside the model, say) is refused by
/// name, so that a new table can never be left out of a copy silently.
/// </summary>
internal static class UncopiedData
{
    /// <exception cref="DrucksachenException">The database holds a table or column the transfer would not copy, or lacks one of the model's.</exception>
    public static async Task CheckAsync(DrucksachenDbContext db, string side, IReadOnlyList<TableCopy> tables, CancellationToken ct)
    {
        var inDatabase = await ColumnsAsync(db, ct);
        var inModel = tables.ToDictionary(t => t.Name, t => t.Columns.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var kept = db.Provider.TriggerMaintained;
        var problems = new List<string>();
        foreach (var (table, columns) in inDatabase.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (kept.Contains(table) || IsMigrationsBookkeeping(db, table)) continue;
            if (!inModel.TryGetValue(table, out var modelColumns))
            {
                problems.Add($"table {table} is not part of the product's model");
                continue;
            }
            problems.AddRange(columns.Where(c => !modelColumns.Contains(c) && !kept.Contains($"{table}.{c}")).Order(StringComparer.Ordinal)
                .Select(c => $"column {table}.{c} is not part of the product's model"));
        }
        foreach (var (table, columns) in inModel.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var present = inDatabase.GetValueOrDefault(table) ?? [];
            problems.AddRange(columns.Where(c => !present.Contains(c)).Order(StringComparer.Ordinal)
                .Select(c => $"the model's column {table}.{c} is missing"));
        }
        if (problems.Count > 0)
            throw new DrucksachenException(ErrorKind.Conflict,
                $"the {side} database {Describe(db)} cannot be copied whole: {string.Join("; ", problems)}; nothing was copied");
    }

    public static string Describe(DrucksachenDbContext db) => db.Provider.Describe(db.Database.GetConnectionString()!);

    private static async Task<Dictionary<string, HashSet<string>>> ColumnsAsync(DrucksachenDbContext db, CancellationToken ct)
    {
        var tables = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = db.Provider.ColumnsQuery;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var table = reader.GetString(0);
            if (!tables.TryGetValue(table, out var columns)) tables[table] = columns = new HashSet<string>(StringComparer.Ordinal);
            columns.Add(reader.GetString(1));
        }
        return tables;
    }

    // EF's own tables: the migrations history, and on SQLite the lock taken while migrating (named after it).
    private static bool IsMigrationsBookkeeping(DrucksachenDbContext db, string table) =>
        table.StartsWith(RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>()).MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName,
            StringComparison.Ordinal)
        || table.StartsWith("__EFMigrations", StringComparison.Ordinal);
}
