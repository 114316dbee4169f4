using System.CommandLine;
using Drucksachen.Core.Users;
using Drucksachen.Core.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE.md") { Description = "Markdown files with front matter (or folders of them)", Arity = ArgumentArity.OneOrMore };
        var user = new Option<string?>("--as") { Description = "User who imports (default: the import service)" };
        var command = new Command("import", "Import papers from Markdown with YAML front matter; all files or none") { files, user };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var reader = services.GetRequiredService<MarkdownPaperReader>();
            var paths = parsed.GetValue(files)!.SelectMany(Expand).ToList();
            // Every file is read and checked before anything is stored, so bad input loses nothing.
            var papers = new List<ImportedPaper>(paths.Count);
            foreach (var path in paths)
            {
                await using var file = File.OpenRead(path);
                papers.Add(await reader.ReadAsync(file, path, ct));
            }
            var actor = parsed.GetValue(user) is { } id ? ImportPapers.ActorFor(await services.GetRequiredService<IUserDirectory>().GetAsync(id, ct), papers) : ImportPapers.ImportActor;
            var stored = await services.GetRequiredService<ImportPapers>().ExecuteAsync(papers, actor, ct);
            output.Write(stored.Select(PaperModels.ToSummary).ToList(), text =>
            {
                foreach (var p in stored) text.WriteLine($"imported {p.Reference}  {p.Type}  {p.State}  {p.Title}");
            });
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : File.Exists(path) ? [path] : throw new Core.Errors.InputException(path, null, null, "no such file");
}
