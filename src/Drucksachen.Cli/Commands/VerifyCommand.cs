using System.CommandLine;
using Drucksachen.Core.History;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli.Commands;

internal static class VerifyCommand
{
    public static Command Create()
    {
        var command = new Command("verify", "Check every paper's history chain; exit 1 at the first entry that does not match");
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var result = await services.GetRequiredService<VerifyHistory>().ExecuteAsync(ct);
            output.Write(result, text =>
            {
                if (result.FirstBroken is { } b)
                    text.WriteLine($"history broken: paper {b.Number ?? b.PaperId.ToString("N")}, entry {b.Sequence}: {b.Reason}");
                else
                    text.WriteLine($"history intact: {result.Entries} entries of {result.Papers} paper(s) verified");
            });
            return result.IsIntact ? ExitCodes.Ok : ExitCodes.VerificationFailed;
        }));
        return command;
    }
}
