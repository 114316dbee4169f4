using System.Text.RegularExpressions;
using Drucksachen.Core.Demo;
using Drucksachen.Core.Storage;
using Drucksachen.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Benchmarks;

/// <summary>
/// The paper's own web page, 1803/22 of the demo as a visitor sees it, with its stylesheet written
/// into the page: what a browser prints when someone prints the paper. Taken from the web
/// application on a throwaway SQLite demo database, which is gone again when the page is read.
/// </summary>
internal static partial class PaperWebPage
{
    public static string Html() => HtmlAsync().GetAwaiter().GetResult();

    private static async Task<string> HtmlAsync()
    {
        var folder = Directory.CreateTempSubdirectory("drucksachen-bench-page-").FullName;
        try
        {
            await using var server = await WebBenchmarkServer.StartAsync(
                BenchmarkDatabases.Create(DatabaseProviders.Sqlite, folder, "demo"), demo: true);
            var paper = await server.Services.GetRequiredService<IPaperReads>().FindAsync(DemoData.Number, CancellationToken.None)
                ?? throw new InvalidOperationException($"the demo holds no {DemoData.Number}");
            var html = await server.Client.GetStringAsync($"Drucksachen/{paper.Id}");
            var stylesheet = Stylesheet().Match(html);
            if (!stylesheet.Success) throw new InvalidOperationException("the paper's page links no stylesheet");
            var css = await server.Client.GetStringAsync(stylesheet.Groups["href"].Value.TrimStart('/'));
            return html.Replace(stylesheet.Value, $"<style>{css}</style>", StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex("""<link rel="stylesheet" href="(?<href>[^"]+)"[^>]*>""")]
    private static partial Regex Stylesheet();
}
