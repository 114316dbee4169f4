using System.CommandLine;
using Drucksachen.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Cli.Commands;

/// <summary>A consistent copy of the SQLite database while the product runs; PostgreSQL has pg_dump for that.</summary>
internal static class BackupCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The file to write the copy to (must not exist)" };
        var command = new Command("backup",
            "Copy the SQLite database into FILE while the product runs (SQLite's online backup); on PostgreSQL use pg_dump")
        {
            file,
        };
        command.SetAction((parsed, ct) => CliApp.Execute(parsed, ct, async (services, output) =>
        {
            var location = services.GetRequiredService<DatabaseLocation>();
            var path = Path.GetFullPath(parsed.GetValue(file)!);
            await location.Provider.BackupAsync(location.ConnectionString, path, ct);
            var size = new FileInfo(path).Length;
            output.Write(new { file = path, bytes = size }, text => text.WriteLine($"backup written: {path} ({size} bytes)"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
