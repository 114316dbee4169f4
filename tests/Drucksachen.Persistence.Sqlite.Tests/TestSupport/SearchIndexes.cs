using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Testing;

namespace Drucksachen.Persistence.Sqlite.Tests.TestSupport;

/// <summary>Papers imported to be searched for, and the shape of the FTS5 indexes that hold every paper.</summary>
public static class SearchIndexes
{
    /// <summary>Imports <paramref name="count"/> papers in one import, titled <paramref name="title"/> and their position.</summary>
    public static async Task ImportTitledAsync(TestProduct product, int count, string title) =>
        await product.ImportAsync(Enumerable.Range(0, count)
            .Select(i =>
            {
                var markdown = PaperMarkdown.Information();
                markdown.Title = $"{title} {i}";
                return product.Read(markdown.Build(), $"in/{i}.md");
            })
            .ToList());

    /// <summary>How many pieces (FTS5 segments) the title index and the word index are in: a search reads each.</summary>
    public static (long Titles, long Words) Pieces(TestProduct product)
    {
        using var connection = PaperRowSql.Open(product.Database.ConnectionString);
        long Count(string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""SELECT count(DISTINCT "segid") FROM "{table}_idx" """;
            return (long)command.ExecuteScalar()!;
        }
        return (Count("PaperTitles"), Count("PaperWords"));
    }

    /// <summary>How many papers a clerk finds with <paramref name="text"/>.</summary>
    public static async Task<int> FoundAsync(TestProduct product, string text) =>
        (await product.Get<IPaperSearch>().SearchAsync(new PaperSearch(Text: text, ReleasedOnly: false),
            await product.Get<IUserDirectory>().GetAsync(DemoUsers.Clerk, CancellationToken.None), CancellationToken.None)).Total;
}
