using System.CommandLine;
using Drucksachen.Core.Users;
using Drucksachen.Core.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli.Commands;

internal static class RenderCommand
{
    public static Command Create()
    {
        var paper = new Argument<string>("ID|NUMBER") { Description = "The paper's number (1803/22) or id" };
        var file = new Option<string?>("--out") { Description = "Where to write the PDF (default: its file name, e.g. Drucksache-1803-22-v3.pdf)" };
        var user = new Option<string?>("--as") { Description = "User who renders (recorded in the history; refused unless they may)" };
        var command = new Command("render", "Render a paper as it stands into its next numbered PDF version") { paper, file, user };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var renderer = parsed.GetValue(user) is { } id ? await services.GetRequiredService<IUserDirectory>().GetAsync(id, ct) : null;
            var target = parsed.GetValue(file) is { } named ? Path.GetFullPath(named) : null;
            // Checked before anything is stored: the version is recorded only if its file is written.
            await using var pending = PendingFile.In(Path.GetDirectoryName(target) ?? Directory.GetCurrentDirectory(), "--out");
            var (p, document, problems) = await services.GetRequiredService<RenderPaper>().ExecuteAsync(parsed.GetValue(paper)!, renderer, ct,
                (document, ct) => pending.WriteAsync(target ?? Path.GetFullPath(document.FileName), document.Content, ct));
            pending.Complete();
            var path = parsed.GetValue(file) ?? document.FileName;
            output.Write(new { paper = p.Reference, document.FileName, document.Version, document.Size, document.Sha512, path, problems }, text =>
            {
                text.WriteLine($"{document.FileName} (version {document.Version}, {document.Size} bytes) written to {path}");
                text.WriteLine($"SHA-512 {document.Sha512}");
                foreach (var problem in problems) text.WriteLine($"warning: {problem}");
            });
            return ExitCodes.Ok;
        }));
        return command;
    }
}
