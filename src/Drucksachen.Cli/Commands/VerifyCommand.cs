using System.CommandLine;
using Drucksachen.Core.Errors;
using Drucksachen.Core.History;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli.Commands;

internal static class VerifyCommand
{
    public static Command Create()
    {
        var checkpoint = new Option<string?>("--checkpoint") { Description = "A checkpoint file (see `checkpoint`) the history must still hold" };
        var command = new Command("verify",
            "Check every paper's history chain, its data against the state the history records, and every stored PDF; exit 1 on any mismatch")
        {
            checkpoint,
        };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var against = parsed.GetValue(checkpoint) is { } file ? await ReadAsync(file, ct) : null;
            var result = await services.GetRequiredService<VerifyHistory>().ExecuteAsync(against, ct);
            output.Write(result, text => Describe(result, text));
            return result.IsIntact ? ExitCodes.Ok : ExitCodes.VerificationFailed;
        }));
        return command;
    }

    /// <summary>One line per problem, or what was verified.</summary>
    public static void Describe(HistoryVerification result, TextWriter text)
    {
        foreach (var b in result.Broken)
            text.WriteLine($"history broken: {b.Subject}, entry {b.Sequence}: {b.Reason}");
        if (result.CheckpointMismatch is { } mismatch)
            text.WriteLine($"history broken: {mismatch}");
        if (!result.IsIntact) return;
        var meetings = result.Meetings == 0 ? ""
            : $"; {result.MeetingEntries} entries of {result.Meetings} meeting(s) and {result.MeetingDocuments} document(s)";
        text.WriteLine($"history intact: {result.Entries} entries of {result.Papers} paper(s) and {result.Documents} document(s){meetings} verified");
        if (result.Uncommitted > 0)
            text.WriteLine($"{result.Uncommitted} paper(s) unchanged since before entries recorded the paper's state: their history and documents are verified, their current data is not");
    }

    private static async Task<HistoryCheckpoint> ReadAsync(string file, CancellationToken ct)
    {
        try
        {
            return CheckpointFile.Read(await File.ReadAllTextAsync(file, ct), file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(file, null, "--checkpoint", $"cannot read the checkpoint: {e.Message}");
        }
    }
}
