using System.CommandLine;
using Drucksachen.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli.Commands;

/// <summary>
/// Every write adds to the search indexes in small pieces, and every search reads each piece; SQLite
/// merges some of them as it goes, but only this brings each index back to one. Meant for a quiet
/// hour (cron, nightly): it holds the write lock meanwhile, about a second at 100,000 papers.
/// </summary>
internal static class CompactCommand
{
    public static Command Create()
    {
        var command = new Command("compact", "Merge the search indexes into one piece each (run nightly; holds the write lock about a second per 100,000 papers)");
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            await services.GetRequiredService<ISearchMaintenance>().CompactAsync(ct);
            output.Write(new { compacted = true }, text => text.WriteLine("search indexes compacted"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
