using System.Data.Common;
using Drucksachen.Core.Errors;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Transfer;

/// <summary>
/// Copies a whole database into an empty one, of the same provider or another: every table of the
/// model (so a table the model gains is copied without more ado), every value as it is, generated
/// keys included. The source is read in one snapshot, the target written in one transaction that
/// is committed only when every table's rows and checksum match the source's; the search tables
/// and keys the target's triggers keep are filled by those triggers as the rows go in.
/// </summary>
public static class DatabaseTransfer
{
    /// <summary>Migrates the target, refuses it unless empty, copies, compares and commits.</summary>
    /// <exception cref="DrucksachenException">The target cannot be opened or holds data, or a database holds a table or column outside the model.</exception>
    public static async Task<TransferResult> CopyAsync(IDbContextFactory<DrucksachenDbContext> sourceContexts,
        IDbContextFactory<DrucksachenDbContext> targetContexts, CancellationToken ct)
    {
        await MigrateTargetAsync(targetContexts, ct);
        await using var source = await sourceContexts.CreateDbContextAsync(ct);
        await using var target = await targetContexts.CreateDbContextAsync(ct);
        var tables = TableCopy.For(source, target);
        await using var snapshot = await source.Provider.BeginSnapshotAsync(source, ct);
        await using var transaction = await target.Database.BeginTransactionAsync(ct);
        await UncopiedData.CheckAsync(source, "source", tables, ct);
        await UncopiedData.CheckAsync(target, "target", tables, ct);
        await RefuseUnlessEmptyAsync(target, tables, ct);

        var tallies = new List<TableTally>();
        foreach (var table in tables) tallies.Add(await table.CopyAsync(source, target, ct));
        await target.Provider.ContinueGeneratedKeysAsync(target, ct);
        var result = new TransferResult(UncopiedData.Describe(source), UncopiedData.Describe(target), tallies, Committed: tallies.All(t => t.Matches));
        if (result.Committed) await transaction.CommitAsync(ct);
        else await transaction.RollbackAsync(ct);
        return result;
    }

    /// <summary>The rows and checksum of every table of the model in a database, read in one snapshot.</summary>
    public static async Task<IReadOnlyList<(string Table, long Rows, string Checksum)>> TallyAsync(
        IDbContextFactory<DrucksachenDbContext> contexts, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var snapshot = await db.Provider.BeginSnapshotAsync(db, ct);
        var tallies = new List<(string, long, string)>();
        foreach (var table in TableCopy.For(db, db))
        {
            var (rows, checksum) = await table.TallyAsync(db, ct);
            tallies.Add((table.Name, rows, checksum));
        }
        return tallies;
    }

    private static async Task MigrateTargetAsync(IDbContextFactory<DrucksachenDbContext> targetContexts, CancellationToken ct)
    {
        try
        {
            await DrucksachenDatabase.MigrateAsync(targetContexts, ct);
        }
        catch (DbException e)
        {
            await using var target = await targetContexts.CreateDbContextAsync(ct);
            throw new DrucksachenException(ErrorKind.BadInput,
                $"the target database {UncopiedData.Describe(target)} cannot be opened and migrated: {e.Message}", e);
        }
    }

    private static async Task RefuseUnlessEmptyAsync(DrucksachenDbContext target, IReadOnlyList<TableCopy> tables, CancellationToken ct)
    {
        var filled = new List<string>();
        foreach (var table in tables)
        {
            if (await table.CountAsync(target, ct) is var rows and > 0) filled.Add($"{table.Name}: {rows} row(s)");
        }
        if (filled.Count > 0)
            throw new DrucksachenException(ErrorKind.Conflict,
                $"the target database {UncopiedData.Describe(target)} is not empty ({string.Join(", ", filled)}): transfer copies into an empty database only and left this one as it was");
    }
}
