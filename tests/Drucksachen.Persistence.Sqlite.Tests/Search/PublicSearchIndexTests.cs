using Drucksachen.Core.Access;
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
/// A word found only in non-public papers answered an anonymous search measurably slower than a
/// word found nowhere: the search read every paper's hits and dropped the hidden ones afterwards.
/// Someone who may see public papers only now searches indexes of the released public papers alone
/// (PublicSearch migration), which hold exactly what the access rule shows the public, whoever
/// writes the papers.
/// </summary>
public sealed class PublicSearchIndexTests : IDisposable
{
    private static readonly UserProfile Clerk = new("krause", "Krause", [UserRoles.Clerk], null, []);
    // Signed in, but with no body and no office: sees what anonymous visitors see.
    private static readonly UserProfile CouncilWithoutBody = new("gast", "Gast", [UserRoles.Council], null, []);

    private readonly StoreDatabaseFile _file = new();

    private string ConnectionString => _file.ConnectionString;

    [Fact]
    public async Task Search_ForTheGeneralPublic_ReadsNoIndexThatHoldsHiddenPapers()
    {
        await DrucksachenDatabase.MigrateAsync(DrucksachenDatabase.CreateFactory(_file.Location), CancellationToken.None);
        var (open, hidden, draft) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        using (var connection = Open(ConnectionString))
        {
            Insert(connection, open, "Radweg an der Gera", new() { ["sachverhalt"] = "Der Radweg wird verbreitert." });
            Release(connection, open, 1, isPublic: true);
            Insert(connection, hidden, "Grundstücksankauf Nordstrand", new() { ["sachverhalt"] = "Der Kaufpreis ist vertraulich." });
            Release(connection, hidden, 2, isPublic: false);
            Insert(connection, draft, "Radweg Süd", new() { ["sachverhalt"] = "Noch vertraulich." });

            // The indexes of every paper go; a search for the public must not notice, as it never reads them.
            Execute(connection, """DROP TABLE "PaperTitles"; DROP TABLE "PaperWords";""");
        }

        var store = Store();
        foreach (var viewer in new[] { null, CouncilWithoutBody })
        {
            Assert.Equal([open], await HitsAsync(store, "Radweg", viewer));
            Assert.Equal([open], await HitsAsync(store, "weg an der", viewer));
            Assert.Equal([open], await HitsAsync(store, "Ra", viewer));
            Assert.Empty(await HitsAsync(store, "vertraulich", viewer));
            Assert.Empty(await HitsAsync(store, "Nordstrand", viewer));
            Assert.Empty(await HitsAsync(store, "Süd", viewer));
        }
        // Whoever may see more reads the indexes of every paper.
        await Assert.ThrowsAsync<SqliteException>(() => HitsAsync(store, "Radweg", Clerk));
    }

    [Fact]
    public async Task PublicIndexes_HoldWhatTheAccessRuleShowsThePublic_WhoeverWritesThePapers()
    {
        var contexts = DrucksachenDatabase.CreateFactory(_file.Location);
        await DrucksachenDatabase.MigrateAsync(contexts, CancellationToken.None);
        var ids = Enumerable.Range(0, 7).Select(_ => Guid.NewGuid()).ToArray();
        using var connection = Open(ConnectionString);
        for (var i = 0; i < ids.Length; i++)
            Insert(connection, ids[i], $"Vorlage {i}", new() { ["sachverhalt"] = $"Gemeinsame Sache {i}." });
        await AssertPublicIndexesHoldAsync(contexts, connection);

        for (var i = 1; i < ids.Length; i++) Release(connection, ids[i], i, isPublic: i != 2);
        await AssertPublicIndexesHoldAsync(contexts, connection);

        Execute(connection, """UPDATE "Papers" SET "IsPublic" = 0 WHERE "Id" = @id""", ("@id", Id(ids[3])));
        Execute(connection, """UPDATE "Papers" SET "IsPublic" = 1 WHERE "Id" = @id""", ("@id", Id(ids[2])));
        Execute(connection, """UPDATE "Papers" SET "ReleasedAt" = NULL WHERE "Id" = @id""", ("@id", Id(ids[4])));
        Execute(connection, """DELETE FROM "Papers" WHERE "Id" = @id""", ("@id", Id(ids[5])));
        Execute(connection, """UPDATE "Papers" SET "State" = 'withdrawn', "IsFinished" = 1 WHERE "Id" = @id""", ("@id", Id(ids[6])));
        await AssertPublicIndexesHoldAsync(contexts, connection);

        // Inserted already released and public, as a migration of historical papers might.
        var historical = Guid.NewGuid();
        Insert(connection, historical, "Vorlage alt", new() { ["sachverhalt"] = "Gemeinsame Sache von damals." });
        Release(connection, historical, 99, isPublic: true);
        Execute(connection, """
            INSERT INTO "Papers" ("Id", "Type", "Title", "LeadOffice", "Author", "Date", "IsPublic", "Signature", "Sections",
                "Attachments", "Cosigners", "State", "IsFinished", "Deadline", "Version", "HistoryHead", "HistoryCount", "CreatedAt", "ModifiedAt",
                "Number", "NumberSeries", "NumberYear", "NumberSequence", "ReleasedAt")
            SELECT @id, "Type", 'Vorlage kopiert', "LeadOffice", "Author", "Date", 1, "Signature", "Sections",
                "Attachments", "Cosigners", 'done', 1, "Deadline", 1, '', 0, "CreatedAt", "ModifiedAt",
                '98/30', 'DS', 2030, 98, "ReleasedAt"
            FROM "Papers" WHERE "Id" = @from
            """, ("@id", Id(Guid.NewGuid())), ("@from", Id(historical)));
        await AssertPublicIndexesHoldAsync(contexts, connection);

        // A public paper's new number, title and text replace the old ones.
        Execute(connection, """UPDATE "Papers" SET "Number" = '77/30', "Title" = 'Vorlage Brücke', "Sections" = '{"sachverhalt":"Gemeinsame Sache, neu."}' WHERE "Id" = @id""",
            ("@id", Id(ids[1])));
        await AssertPublicIndexesHoldAsync(contexts, connection);
        var store = Store();
        Assert.Equal([ids[1]], await HitsAsync(store, "neu.", null));
        Assert.Equal([ids[1]], await HitsAsync(store, "Brücke", null));
        Assert.Equal([ids[1]], await HitsAsync(store, "77/3", null));
        Assert.Empty(await HitsAsync(store, "Sache 1", null));
        Assert.Empty(await HitsAsync(store, "Vorlage 1", null));
    }

    [Fact]
    public async Task Migration_PublicSearch_IndexesThePublicPapersThereWere_AndGoesBackDown()
    {
        var contexts = DrucksachenDatabase.CreateFactory(_file.Location);
        await using (var db = await contexts.CreateDbContextAsync())
            await db.GetService<IMigrator>().MigrateAsync("20261123000000_SearchInListOrder");
        var (open, hidden) = (Guid.NewGuid(), Guid.NewGuid());
        using (var connection = Open(ConnectionString))
        {
            Insert(connection, open, "Spielplatz am Nordstrand", new() { ["sachverhalt"] = "Die Schaukel wird erneuert." });
            Release(connection, open, 1, isPublic: true);
            Insert(connection, hidden, "Spielplatz am Südstrand", new() { ["sachverhalt"] = "Die Wippe wird erneuert." });
            Release(connection, hidden, 2, isPublic: false);
        }

        await DrucksachenDatabase.MigrateAsync(contexts, CancellationToken.None);
        var store = Store();
        Assert.Equal([open], await HitsAsync(store, "wird erneuert", null));
        Assert.Equal([open], await HitsAsync(store, "platz am", null));
        Assert.Equal(2, (await store.SearchAsync(new PaperSearch(Text: "wird erneuert"), Clerk, CancellationToken.None)).Total);

        await using (var db = await contexts.CreateDbContextAsync())
            await db.GetService<IMigrator>().MigrateAsync("20261123000000_SearchInListOrder");
        using var after = Open(ConnectionString);
        Assert.Equal(0L, Scalar(after, """SELECT count(*) FROM sqlite_master WHERE "name" LIKE 'Public%' OR "name" LIKE '%PublicSearch%'"""));
        var third = Guid.NewGuid();
        Insert(after, third, "Spielplatz am Weststrand", new() { ["sachverhalt"] = "Die Rutsche wird erneuert." });
        Release(after, third, 3, isPublic: true);
        Execute(after, """DELETE FROM "Papers" WHERE "Id" = @id""", ("@id", Id(open)));
        Assert.Equal(2L, Scalar(after, """SELECT count(*) FROM "PaperWords" WHERE "PaperWords" MATCH 'erneuert'"""));
    }

    // Both public indexes hold the keys of the papers the access rule for anonymous viewers lets
    // through, no other: every paper's title holds "Vorlage" and its text "Gemeinsame Sache".
    private static async Task AssertPublicIndexesHoldAsync(IDbContextFactory<DrucksachenDbContext> contexts, SqliteConnection connection)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var shown = (await db.Papers.AsNoTracking().Where(PaperAccess.VisibleTo(null)).Select(p => p.Id).ToListAsync())
            .Select(Id).Order().ToList();
        Assert.Equal(shown, Keys(connection, """SELECT "rowid" FROM "PublicPaperTitles" WHERE "PublicPaperTitles" MATCH '"Vorlage"'"""));
        Assert.Equal(shown, Keys(connection, """SELECT "rowid" FROM "PublicPaperWords" WHERE "PublicPaperWords" MATCH '"Gemeinsame Sache"'"""));
    }

    private static List<string> Keys(SqliteConnection connection, string hits)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT "Id" FROM "Papers" WHERE "SearchKey" IN ({hits}) ORDER BY "Id" """;
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids.Order().ToList();
    }

    private IPaperSearch Store() => _file.Store<IPaperSearch>();

    private static async Task<List<Guid>> HitsAsync(IPaperSearch store, string text, UserProfile? viewer) =>
        (await store.SearchAsync(new PaperSearch(Text: text), viewer, CancellationToken.None)).Items.Select(p => p.Id).ToList();

    public void Dispose() => _file.Dispose();
}
