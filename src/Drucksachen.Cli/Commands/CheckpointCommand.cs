using System.CommandLine;
using System.Text;
using Drucksachen.Core.History;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli.Commands;

internal static class CheckpointCommand
{
    public static Command Create()
    {
        var file = new Option<string>("--out") { Description = "Where to write the checkpoint (JSON); keep it outside the database's reach", Required = true };
        var command = new Command("checkpoint",
            "Verify everything, then write a checkpoint of the whole history (entry counts and a hash over every paper's and every meeting's newest entry) that `verify --checkpoint` holds the database against")
        {
            file,
        };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var path = Path.GetFullPath(parsed.GetValue(file)!);
            await using var pending = PendingFile.In(Path.GetDirectoryName(path)!, "--out");
            var (result, checkpoint) = await services.GetRequiredService<VerifyHistory>().CheckpointAsync(ct);
            if (!result.IsIntact)
            {
                // A checkpoint of tampered data would vouch for it.
                output.Write(result, text => VerifyCommand.Describe(result, text));
                return ExitCodes.VerificationFailed;
            }
            await pending.WriteAsync(path, Encoding.UTF8.GetBytes(CheckpointFile.Write(checkpoint)), ct);
            pending.Complete();
            output.Write(checkpoint, text =>
                text.WriteLine($"checkpoint of {checkpoint.Entries} entries of {checkpoint.Papers} paper(s) and {checkpoint.MeetingEntries} entries of {checkpoint.Meetings} meeting(s) written to {parsed.GetValue(file)}: {checkpoint.Hash} {checkpoint.MeetingHash}"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
