using System.Text.Json;
using Drucksachen.Core.Storage;
using Drucksachen.Testing;
using Drucksachen.Core.Users;
using Drucksachen.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using static Drucksachen.Persistence.Sqlite.Tests.TestSupport.PaperRowSql;

using Drucksachen.Persistence.Sqlite.Tests.TestSupport;

namespace Drucksachen.Persistence.Sqlite.Tests.Search;

/// <summary>
/// The full-text indexes of the papers' numbers, titles and texts (PaperSearchKeys migration)
/// follow the Papers table whoever writes it, here hand-written SQL as someone with file access
/// would write: inserted, changed and deleted papers are found, found by their new text, and gone.
/// The migrations index the papers a database already holds.
/// </summary>
public sealed class PaperTextIndexTests : IDisposable
{
    private static readonly UserProfile Clerk = new("krause", "Krause", [UserRoles.Clerk], null, []);

    private readonly StoreDatabaseFile _file = new();

    private string ConnectionString => _file.ConnectionString;

    [Fact]
    public async Task Migration_IndexesThePapersThatWereThereBefore()
    {
        var contexts = DrucksachenDatabase.CreateFactory(_file.Location);
        await using (var db = await contexts.CreateDbContextAsync())
            await db.GetService<IMigrator>().MigrateAsync("20261121020000_ListOrder");
        var first = Guid.NewGuid();
        using (var connection = Open())
            Insert(connection, first, "Spielplatz am Nordstrand", new() { ["sachverhalt"] = "Die Schaukel wird erneuert.", ["beschluss"] = "Der Ausschuss stimmt zu." });
        await using (var db = await contexts.CreateDbContextAsync())
            await db.GetService<IMigrator>().MigrateAsync("20261121030000_PaperSearch");
        var second = Guid.NewGuid();
        using (var connection = Open())
            Insert(connection, second, "Spielplatz am Südstrand", new() { ["sachverhalt"] = "Die Wippe wird erneuert." });

        await DrucksachenDatabase.MigrateAsync(contexts, CancellationToken.None);

        var store = Store();
        Assert.Equal([first], await HitsAsync(store, "nordstrand"));
        Assert.Equal([first], await HitsAsync(store, "Schaukel wird"));
        Assert.Equal([first], await HitsAsync(store, "stimmt zu"));
        Assert.Equal([second], await HitsAsync(store, "südstr"));
        Assert.Equal([second], await HitsAsync(store, "Wippe"));
        Assert.Equal([first], await HitsAsync(store, "No")); // two characters: where a title word begins
        Assert.Equal(2, (await store.SearchAsync(Search("wird erneuert"), Clerk, CancellationToken.None)).Total);
        using (var connection = Open())
            Assert.Equal(2L, Scalar(connection, """SELECT count(DISTINCT "SearchKey") FROM "Papers" """));
    }

    [Fact]
    public async Task Migration_SearchInListOrder_GoesBackDown_WithTheIndexedPapers()
    {
        var contexts = DrucksachenDatabase.CreateFactory(_file.Location);
        await DrucksachenDatabase.MigrateAsync(contexts, CancellationToken.None);
        using (var connection = Open())
            Insert(connection, Guid.NewGuid(), "Spielplatz am Nordstrand", new() { ["sachverhalt"] = "Die Schaukel wird erneuert." });

        await using (var db = await contexts.CreateDbContextAsync())
            await db.GetService<IMigrator>().MigrateAsync("20261122000000_PaperSearchKeys");

        using var after = Open();
        Insert(after, Guid.NewGuid(), "Spielplatz am Südstrand", new() { ["sachverhalt"] = "Die Wippe wird erneuert." });
        Assert.Equal(2L, Scalar(after, """SELECT count(*) FROM "PaperWords" WHERE "PaperWords" MATCH 'erneuert'"""));
        Assert.Equal(0L, Scalar(after, """SELECT count(*) FROM pragma_table_info('PaperWords') WHERE "name" <> 'Text'"""));
        Assert.Equal(2L, Scalar(after, """SELECT count(*) FROM "PaperTitles" WHERE "PaperTitles" MATCH 'strand'"""));
    }

    [Fact]
    public async Task Text_IsFoundByItsWordsAndWordBeginnings_NumberAndTitleByAnyPart()
    {
        var (store, id) = await OnePaperAsync("Schulwegsicherung Lindenallee", "Eine Schweigepflichtsentbindung liegt vor; die Ampelanlage wird 2025 erneuert.");
        using (var connection = Open())
            Execute(connection, """UPDATE "Papers" SET "Number" = '4711/25' WHERE "Id" = @id""", ("@id", Id(id)));

        foreach (var text in new[] { "wegsicher", "LINDENALLEE", "711/2", "Schweigepflicht", "liegt vor. Die ampel", "ampelanlage wird 2025", "2025 ern", "Am", "25", "47", "li" })
            Assert.Equal([id], await HitsAsync(store, text));
        foreach (var text in new[] { "pflichtsentbindung", "anlage", "vor die Ampelanlage wird erneuert", "liegt Ampelanlage", "mp", "11", "nd" })
            Assert.Empty(await HitsAsync(store, text));
    }

    [Fact]
    public async Task Triggers_FollowInsertsUpdatesAndDeletes_ByHandWrittenSql()
    {
        await DrucksachenDatabase.MigrateAsync(DrucksachenDatabase.CreateFactory(_file.Location), CancellationToken.None);
        var store = Store();
        var id = Guid.NewGuid();
        using var connection = Open();

        Insert(connection, id, "Brücke über die Gera", new() { ["sachverhalt"] = "Die Brücke ist marode.\nSie wird ersetzt." });
        Assert.Equal([id], await HitsAsync(store, "BRÜCKE ÜBER"));
        Assert.Equal([id], await HitsAsync(store, "marode. Sie"));

        Execute(connection, """UPDATE "Papers" SET "Title" = 'Steg über die Gera', "Sections" = @sections WHERE "Id" = @id""",
            ("@sections", JsonSerializer.Serialize(new Dictionary<string, string> { ["sachverhalt"] = "Ein Steg genügt." })), ("@id", Id(id)));
        Assert.Empty(await HitsAsync(store, "Brücke"));
        Assert.Empty(await HitsAsync(store, "marode"));
        Assert.Equal([id], await HitsAsync(store, "steg über"));
        Assert.Equal([id], await HitsAsync(store, "genügt"));
        // In the title and in the text, long and short: one hit.
        foreach (var text in new[] { "Steg", "Ge" })
            Assert.Equal(1, (await store.SearchAsync(Search(text), Clerk, CancellationToken.None)).Total);

        Execute(connection, """UPDATE "Papers" SET "Number" = '0815/30' WHERE "Id" = @id""", ("@id", Id(id)));
        Assert.Equal([id], await HitsAsync(store, "0815/3"));
        Assert.Equal([id], await HitsAsync(store, "genügt"));
        Execute(connection, """UPDATE "Papers" SET "State" = 'done' WHERE "Id" = @id""", ("@id", Id(id)));
        Assert.Equal([id], await HitsAsync(store, "genügt"));

        Execute(connection, """DELETE FROM "Papers" WHERE "Id" = @id""", ("@id", Id(id)));
        Assert.Empty(await HitsAsync(store, "genügt"));
        Assert.Empty(await HitsAsync(store, "Ge"));
        Assert.Equal(0L, Scalar(connection, """SELECT count(*) FROM "PaperTitles" """));
        Assert.Equal(0L, Scalar(connection, """SELECT count(*) FROM "PaperWords" """));
    }

    [Fact]
    public async Task SearchKeys_AreTheDatabases_OnePerPaper_AndCannotBeChanged()
    {
        await DrucksachenDatabase.MigrateAsync(DrucksachenDatabase.CreateFactory(_file.Location), CancellationToken.None);
        var store = Store();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        using var connection = Open();
        Insert(connection, first, "Kita Sonnenschein", new() { ["sachverhalt"] = "Ein Anbau." });
        Insert(connection, second, "Kita Regenbogen", new() { ["sachverhalt"] = "Ein Neubau." });
        Assert.Equal(2L, Scalar(connection, """SELECT count(DISTINCT "SearchKey") FROM "Papers" WHERE "SearchKey" IS NOT NULL"""));

        // Pointing one paper at the other's rows in the search tables would show one's hits as the other's.
        var error = Assert.Throws<SqliteException>(() => Execute(connection,
            """UPDATE "Papers" SET "SearchKey" = (SELECT "SearchKey" FROM "Papers" WHERE "Id" = @other) WHERE "Id" = @id""",
            ("@other", Id(second)), ("@id", Id(first))));
        Assert.Contains("SearchKey is assigned by the database", error.Message);
        Assert.Equal([first], await HitsAsync(store, "Anbau"));
        Assert.Equal([second], await HitsAsync(store, "Neubau"));
    }

    [Fact]
    public async Task Search_OfAnyText_NeverFails_AndFindsItLiterally()
    {
        var (store, id) = await OnePaperAsync("Plan \"B\" (neu)* für 100% der Fälle_x", "NEAR(a b) OR c AND d: e^f -g");

        foreach (var text in new[] { "\"B\" (neu)*", "100%", "e_x", "Fälle_x", "NEAR(a b) OR c", "d: e^f -g", "B\"", "(n", "1%", "x_", "neu)*\"" })
            Assert.Equal([id], await HitsAsync(store, text));
        // One or two characters are word beginnings, punctuation aside ("1%" begins "100%"), and
        // title words are words ("neu)*" has "neu"); punctuation alone begins none.
        foreach (var text in new[] { "\"\"", "Pl*an", "a OR b", "Plan NOT", "Title:Plan", "{Title}: Plan", "\"", "(", "%", "_" })
            Assert.Empty(await HitsAsync(store, text));
        Assert.Equal(1, (await store.SearchAsync(new PaperSearch(Text: " \t\n ", ReleasedOnly: false), Clerk, CancellationToken.None)).Total);
    }

    // 100 papers: every fourth a draft, every fifth released but not public. All hold "gemeinsam":
    // the list is walked (SearchHits). Seven hold "selten", two of them hidden from the public:
    // with a count limit of 4 or more these are looked up by key, below that the list is walked.
    [Fact]
    public async Task Search_WithManyOrFewHits_ListsWhatTheViewerMaySee_InListOrder_CountingUpToTheLimit()
    {
        await DrucksachenDatabase.MigrateAsync(DrucksachenDatabase.CreateFactory(_file.Location), CancellationToken.None);
        var ids = Enumerable.Range(0, 100).Select(_ => Guid.NewGuid()).ToArray();
        static bool Rare(int i) => i % 20 == 3 || i is 30 or 40;
        using (var connection = Open())
            for (var i = 0; i < ids.Length; i++)
            {
                Insert(connection, ids[i], $"Vorlage {i}", new() { ["sachverhalt"] = Rare(i) ? "Gemeinsame Sache, selten." : "Gemeinsame Sache." });
                if (i % 4 != 0) Release(connection, ids[i], i + 1, isPublic: i % 5 != 0);
            }
        var store = Store();
        string Newest(Func<int, bool> shown, Range range) =>
            string.Join(' ', Enumerable.Range(0, 100).Where(shown).OrderDescending().Select(i => ids[i]).ToArray()[range]);
        static bool Public(int i) => i % 4 != 0 && i % 5 != 0;
        async Task<(string, int, bool)> SearchAsync(string text, int countLimit, int skip = 0, UserProfile? viewer = null)
        {
            var page = await store.SearchAsync(new PaperSearch(Text: text, Skip: skip, Take: 3, CountLimit: countLimit), viewer, CancellationToken.None);
            return (string.Join(' ', page.Items.Select(p => p.Id)), page.Total, page.MoreThanTotal);
        }

        Assert.Equal((Newest(Public, ..3), 60, false), await SearchAsync("gemeinsam", 100));
        Assert.Equal((Newest(Public, ..3), 60, false), await SearchAsync("gemeinsam", 60));
        Assert.Equal((Newest(Public, ..3), 59, true), await SearchAsync("gemeinsam", 59));
        Assert.Equal((Newest(Public, 57..59), 59, true), await SearchAsync("gemeinsam", 59, skip: 57));
        Assert.Equal((Newest(i => i % 4 != 0, 72..), 75, false), await SearchAsync("gemeinsam", 100, skip: 72, viewer: Clerk));

        static bool PublicRare(int i) => Public(i) && Rare(i);
        Assert.Equal((Newest(PublicRare, ..3), 5, false), await SearchAsync("selten", 100));
        Assert.Equal((Newest(PublicRare, ..3), 5, false), await SearchAsync("selten", 5));
        Assert.Equal((Newest(PublicRare, ..3), 4, true), await SearchAsync("selten", 4));
        Assert.Equal((Newest(PublicRare, 3..4), 4, true), await SearchAsync("selten", 4, skip: 3));
        Assert.Equal((Newest(PublicRare, ..2), 2, true), await SearchAsync("selten", 2));
        Assert.Equal((Newest(i => i % 4 != 0 && Rare(i), 3..), 6, false), await SearchAsync("selten", 100, skip: 3, viewer: Clerk));
    }

    private async Task<(IPaperSearch Store, Guid Id)> OnePaperAsync(string title, string sachverhalt)
    {
        await DrucksachenDatabase.MigrateAsync(DrucksachenDatabase.CreateFactory(_file.Location), CancellationToken.None);
        var id = Guid.NewGuid();
        using (var connection = Open())
            Insert(connection, id, title, new() { ["sachverhalt"] = sachverhalt });
        return (Store(), id);
    }

    private IPaperSearch Store() => _file.Store<IPaperSearch>();

    private static PaperSearch Search(string text) => new(Text: text, ReleasedOnly: false);

    private static async Task<List<Guid>> HitsAsync(IPaperSearch store, string text) =>
        (await store.SearchAsync(Search(text), Clerk, CancellationToken.None)).Items.Select(p => p.Id).ToList();

    private SqliteConnection Open() => PaperRowSql.Open(ConnectionString);

    public void Dispose() => _file.Dispose();
}
