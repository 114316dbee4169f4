using System.CommandLine;
using Drucksachen.Core.History;
using Drucksachen.Core.Storage;
using Drucksachen.Persistence;
using Drucksachen.Persistence.Transfer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli.Commands;

/// <summary>
/// Copies the configured database whole into another, empty one (SQLite to PostgreSQL or back),
/// then verifies the copy: rows and checksums of every table, the history, the PDFs.
/// </summary>
internal static class TransferCommand
{
    public static Command Create()
    {
        var provider = new Option<string>("--to-provider")
        {
            Description = $"The target's database provider: {DatabaseProviders.Sqlite} or {DatabaseProviders.PostgreSql}",
            Required = true,
        };
        var target = new Option<string>("--to")
        {
            Description = "The target's connection string, e.g. \"Host=db;Username=drucksachen_owner;Database=drucksachen\" or \"Data Source=/var/lib/drucksachen.db\"",
            Required = true,
        };
        var command = new Command("transfer",
            "Copy the whole database into an empty one of the same or another provider, then verify the copy; exit 1 on any difference")
        {
            provider,
            target,
        };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            await using var targetServices = CliApp.ServicesFor(new DatabaseSettings(parsed.GetValue(provider)!.Trim(), parsed.GetValue(target)));
            var result = await DatabaseTransfer.CopyAsync(
                services.GetRequiredService<IDbContextFactory<DrucksachenDbContext>>(),
                targetServices.GetRequiredService<IDbContextFactory<DrucksachenDbContext>>(), ct);
            HistoryVerification? verification = null;
            if (result.Committed)
            {
                // The rows went in one by one; one index piece each makes the copy's searches as fast as the source's.
                await targetServices.GetRequiredService<ISearchMaintenance>().CompactAsync(ct);
                verification = await targetServices.GetRequiredService<VerifyHistory>().ExecuteAsync(ct);
            }
            output.Write(new { result.Source, result.Target, result.Committed, result.Tables, Verification = verification },
                text => Describe(result, verification, text));
            if (!result.Committed)
            {
                output.Error($"the copy differs from the source in {string.Join(", ", result.Differing.Select(t => t.Table))}: it was rolled back and the target left empty", ExitCodes.VerificationFailed);
                return ExitCodes.VerificationFailed;
            }
            return verification is { IsIntact: true } ? ExitCodes.Ok : ExitCodes.VerificationFailed;
        }));
        return command;
    }

    private static void Describe(TransferResult result, HistoryVerification? verification, TextWriter text)
    {
        text.WriteLine($"from {result.Source}");
        text.WriteLine($"to   {result.Target}");
        var width = result.Tables.Max(t => t.Table.Length);
        text.WriteLine($"{"table".PadRight(width)}  {"source",8}  {"target",8}  checksum (SHA-256)");
        foreach (var table in result.Tables)
        {
            var checksum = table.SourceChecksum == table.TargetChecksum
                ? table.SourceChecksum
                : $"{table.SourceChecksum} in the source, {table.TargetChecksum} in the target";
            text.WriteLine($"{table.Table.PadRight(width)}  {table.SourceRows,8}  {table.TargetRows,8}  {checksum}{(table.Matches ? "" : "  DIFFERS")}");
        }
        if (!result.Committed) return;
        text.WriteLine($"copied: {result.Tables.Count} tables, {result.Tables.Sum(t => t.TargetRows)} rows, every count and checksum equal");
        if (verification is not null) VerifyCommand.Describe(verification, text);
    }
}
