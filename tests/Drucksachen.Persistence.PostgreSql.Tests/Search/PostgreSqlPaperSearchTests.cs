using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Persistence.PostgreSql.Search;
using Drucksachen.Persistence.PostgreSql.Tests.TestSupport;
using static Drucksachen.Persistence.PostgreSql.Tests.TestSupport.PaperRowSql;

namespace Drucksachen.Persistence.PostgreSql.Tests.Search;

/// <summary>
/// The search on PostgreSQL with the semantics README and <see cref="PaperSearch"/> document (as on
/// SQLite), plus German stemming: any part of number and title; the words of number, title and text
/// in order, the last one begun; one or two characters as word beginnings only.
/// </summary>
public sealed class PostgreSqlPaperSearchTests : IAsyncLifetime
{
    private static readonly UserProfile Clerk = new("krause", "Krause", [UserRoles.Clerk], null, []);

    private PostgreSqlTestDatabase _database = null!;
    private PostgreSqlPaperSearch _search = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgreSqlTestDatabase.CreateAsync();
        _search = new PostgreSqlPaperSearch(_database.Contexts());
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Stemming_FindsAnotherFormOfTheWord()
    {
        var paper = await PublicPaperAsync(1803, 2022, "Sozialraumplanung", "Jeder Sozialraum bekommt ein Budget.");

        Assert.Equal([paper], await HitsAsync("Sozialräume"));
        Assert.Equal([paper], await HitsAsync("jedem Sozialraum bekommt"));
        Assert.Empty(await HitsAsync("Sozialräume erhalten"));
    }

    [Fact]
    public async Task Phrase_FindsWordsInOrder_TheLastOneBegun_PunctuationAside()
    {
        var paper = await PublicPaperAsync(1, 2030, "Vergabe", "Es gab Mängel. Die Ausschreibung wird wiederholt.");

        Assert.Equal([paper], await HitsAsync("Mängel. Die Aus"));
        Assert.Equal([paper], await HitsAsync("mängel die ausschreibu"));
        Assert.Equal([paper], await HitsAsync("Die   Ausschreibung\twird"));
        Assert.Empty(await HitsAsync("Die Mängel"));
        Assert.Empty(await HitsAsync("Mängel Ausschreibung"));
        Assert.Empty(await HitsAsync("ängel. Die"));
    }

    [Fact]
    public async Task NumberAndTitle_AreFoundByAnyPart_CaseAndUmlautsAside()
    {
        var paper = await PublicPaperAsync(1803, 2022, "Sozialraumplanung für Leipzig", "Text.");
        await PublicPaperAsync(1822, 2019, "Satzung", "Anderes.");

        Assert.Equal([paper], await HitsAsync("03/2"));
        Assert.Equal([paper], await HitsAsync("RAUMPLANUNG FÜR"));
        Assert.Equal([paper], await HitsAsync("lanung"));
        Assert.Empty(await HitsAsync("1_03"));
        Assert.Empty(await HitsAsync("18%22"));
    }

    [Fact]
    public async Task OneOrTwoCharacters_AreWordBeginningsOnly()
    {
        var found = await PublicPaperAsync(1803, 2022, "Sozialraum", "Text.");
        var other = await PublicPaperAsync(1822, 2019, "Satzung", "Anderes.");

        Assert.Equal([found], await HitsAsync("22"));
        Assert.Equal([other], await HitsAsync("19"));
        Assert.Equal([found], await HitsAsync("So"));
        Assert.Empty(await HitsAsync("ia"));
        Assert.Empty(await HitsAsync("82"));
    }

    [Fact]
    public async Task AnonymousViewers_NeverFindHiddenOrUnreleasedPapers_ByTitleOrText()
    {
        var open = await PublicPaperAsync(1, 2030, "Radweg an der Gera", "Der Radweg wird verbreitert.");
        var hidden = Guid.NewGuid();
        var draft = Guid.NewGuid();
        await using (var connection = await _database.OpenAsync())
        {
            await InsertAsync(connection, hidden, "Grundstücksankauf Nordstrand", new() { ["sachverhalt"] = "Der Kaufpreis ist vertraulich." });
            await ReleaseAsync(connection, hidden, 2, isPublic: false);
            await InsertAsync(connection, draft, "Radweg Süd", new() { ["sachverhalt"] = "Noch vertraulich." });
        }

        foreach (var text in new[] { "Nordstrand", "ankauf", "vertraulich", "Kaufpreis ist", "Süd", "0002/30" })
        {
            Assert.Empty(await HitsAsync(text));
            Assert.NotEmpty(await HitsAsync(text, Clerk, releasedOnly: false));
        }
        Assert.Equal([open], await HitsAsync("Radweg"));
        Assert.Equal([open, draft], await HitsAsync("Radweg", Clerk, releasedOnly: false));

        // Visibility follows the paper, whoever changes it.
        await using (var connection = await _database.OpenAsync())
        {
            await PostgreSqlTestDatabase.ExecuteAsync(connection, """UPDATE "Papers" SET "IsPublic" = true WHERE "Id" = @id""", ("id", hidden));
            await PostgreSqlTestDatabase.ExecuteAsync(connection, """UPDATE "Papers" SET "IsPublic" = false WHERE "Id" = @id""", ("id", open));
        }
        Assert.Equal([hidden], await HitsAsync("vertraulich"));
        Assert.Empty(await HitsAsync("Radweg"));
    }

    [Fact]
    public async Task SignedInViewers_FindWhatTheAccessRuleShowsThem_InTheSameQuery()
    {
        var council = new UserProfile("rat", "Rat", [UserRoles.Council], null, ["Jugendhilfeausschuss"]);
        var author = new UserProfile("schmidt", "Schmidt", [UserRoles.Author], "Jugendamt", []);
        var (consulted, elsewhere, draft, cosigned) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using (var connection = await _database.OpenAsync())
        {
            await InsertAsync(connection, consulted, "Kita Nord vertraulich", new() { ["sachverhalt"] = "Text." });
            await ReleaseAsync(connection, consulted, 1, isPublic: false);
            await ConsultAsync(connection, consulted, "Jugendhilfeausschuss");
            await InsertAsync(connection, elsewhere, "Kita Süd vertraulich", new() { ["sachverhalt"] = "Text." });
            await ReleaseAsync(connection, elsewhere, 2, isPublic: false);
            await ConsultAsync(connection, elsewhere, "Bau- und Verkehrsausschuss");
            await InsertAsync(connection, draft, "Kita West Entwurf", new() { ["sachverhalt"] = "Text." });
            await InsertAsync(connection, cosigned, "Kita Ost Entwurf", new() { ["sachverhalt"] = "Text." });
            await PostgreSqlTestDatabase.ExecuteAsync(connection,
                """UPDATE "Papers" SET "LeadOffice" = 'Amt für Bildung', "Cosigners" = ARRAY['Jugendamt'] WHERE "Id" = @id""", ("id", cosigned));
        }

        Assert.Equal([consulted], await HitsAsync("Kita", council, releasedOnly: false));
        Assert.Equal([cosigned], await HitsAsync("Kita", author, releasedOnly: false));
        Assert.Equal(new[] { consulted, elsewhere, draft, cosigned }.Order(), (await HitsAsync("Kita", Clerk, releasedOnly: false)).Order());
    }

    [Fact]
    public async Task ChangedTitleAndText_AreFoundByTheirNewWords_WhoeverWritesThem()
    {
        var paper = await PublicPaperAsync(1, 2030, "Radweg an der Gera", "Der Radweg wird verbreitert.");
        await using (var connection = await _database.OpenAsync())
            await PostgreSqlTestDatabase.ExecuteAsync(connection, """
                UPDATE "Papers" SET "Title" = 'Fußweg an der Gera', "Sections" = '{"sachverhalt":"Der Fußweg wird gepflastert."}' WHERE "Id" = @id
                """, ("id", paper));

        Assert.Equal([paper], await HitsAsync("Fußweg an"));
        Assert.Equal([paper], await HitsAsync("gepflastert"));
        Assert.Empty(await HitsAsync("Radweg"));
        Assert.Empty(await HitsAsync("verbreitert"));
    }

    [Fact]
    public async Task PublicSearch_ReadsNothingOfHiddenPapers()
    {
        var open = await PublicPaperAsync(1, 2030, "Radweg an der Gera", "Der Radweg wird verbreitert.");
        await using (var connection = await _database.OpenAsync())
        {
            await InsertAsync(connection, Guid.NewGuid(), "Grundstücksankauf", new() { ["sachverhalt"] = "Vertraulich." });
            // The search data of every hidden paper goes; a search for the public must not notice, as it never reads it.
            await PostgreSqlTestDatabase.ExecuteAsync(connection, """DROP TABLE "InternalPaperSearch" """);
        }

        Assert.Equal([open], await HitsAsync("Radweg"));
        Assert.Equal([open], await HitsAsync("Ra"));
        Assert.Empty(await HitsAsync("Vertraulich"));
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => HitsAsync("Radweg", Clerk));
    }

    [Fact]
    public async Task Hits_AreCountedUpToTheLimit_InListOrder_PagedAsOnSqlite()
    {
        var expected = new List<Guid>();
        for (var sequence = 5; sequence >= 1; sequence--)
            expected.Add(await PublicPaperAsync(sequence, 2030, $"Haushalt Teil {sequence}", "Der Haushalt."));
        expected.Add(await PublicPaperAsync(9, 2029, "Haushalt des Vorjahres", "Der Haushalt."));
        var draft = Guid.NewGuid();
        await using (var connection = await _database.OpenAsync())
            await InsertAsync(connection, draft, "Haushalt Entwurf", new() { ["sachverhalt"] = "Der Haushalt." });
        expected.Add(draft);

        var all = await _search.SearchAsync(new PaperSearch("Haushalt", ReleasedOnly: false, Take: 25), Clerk, CancellationToken.None);
        Assert.Equal(expected, all.Items.Select(p => p.Id));
        Assert.Equal(7, all.Total);
        Assert.False(all.MoreThanTotal);

        var limited = await _search.SearchAsync(new PaperSearch("Haushalt", ReleasedOnly: false, Skip: 2, Take: 2, CountLimit: 3), Clerk, CancellationToken.None);
        Assert.Equal(expected.Skip(2).Take(1), limited.Items.Select(p => p.Id));
        Assert.Equal(3, limited.Total);
        Assert.True(limited.MoreThanTotal);

        var list = await _search.SearchAsync(new PaperSearch(ReleasedOnly: false, Skip: 4, Take: 10), Clerk, CancellationToken.None);
        Assert.Equal(expected.Skip(4), list.Items.Select(p => p.Id));
        Assert.Equal(7, list.Total);
    }

    [Fact]
    public async Task AWordInMostPapers_IsFoundByWalkingTheList_WithTheSameHitsPageAndCount()
    {
        // Numbered from 300 down: the list order is the order made. The planner's statistics
        // of word lists need a few hundred rows to know that a word is in most of them.
        var expected = new List<Guid>();
        var draft = Guid.NewGuid();
        await using (var connection = await _database.OpenAsync())
        {
            for (var sequence = 300; sequence >= 1; sequence--)
            {
                var id = Guid.NewGuid();
                await InsertAsync(connection, id, $"Haushalt Teil {sequence}", new() { ["sachverhalt"] = "Der Haushalt." });
                await ReleaseAsync(connection, id, sequence, isPublic: true);
                expected.Add(id);
            }
            for (var sequence = 301; sequence <= 320; sequence++)
            {
                var id = Guid.NewGuid();
                await InsertAsync(connection, id, "Radweg an der Gera", new() { ["sachverhalt"] = "Der Radweg wird verbreitert." });
                await ReleaseAsync(connection, id, sequence, isPublic: true, year: 2029);
            }
            await InsertAsync(connection, draft, "Haushalt Entwurf", new() { ["sachverhalt"] = "Der Haushalt." });
            await PostgreSqlTestDatabase.ExecuteAsync(connection, """ANALYZE "PublicPaperSearch"; ANALYZE "InternalPaperSearch"; ANALYZE "Papers";""");
        }

        // A limit of 5 makes 300 hits of 320 papers many (walked); a limit of 1,000 few (looked up).
        foreach (var viewer in new[] { null, Clerk })
        {
            var hits = viewer is null ? expected : [.. expected, draft];
            foreach (var (skip, take, limit) in new[] { (0, 25, 1_000), (2, 2, 5), (0, 10, 5), (295, 10, 1_000) })
            {
                var page = await _search.SearchAsync(new PaperSearch("Haushalt", ReleasedOnly: false, Skip: skip, Take: take, CountLimit: limit), viewer, CancellationToken.None);
                Assert.Equal(hits.Take(limit).Skip(skip).Take(take), page.Items.Select(p => p.Id));
                Assert.Equal(Math.Min(hits.Count, limit), page.Total);
                Assert.Equal(hits.Count > limit, page.MoreThanTotal);
            }
            Assert.Equal(hits.Take(5), (await _search.SearchAsync(new PaperSearch("Haus", ReleasedOnly: false, Take: 5, CountLimit: 5), viewer, CancellationToken.None)).Items.Select(p => p.Id));
        }
    }

    private static Task ConsultAsync(Npgsql.NpgsqlConnection connection, Guid paper, string body) =>
        PostgreSqlTestDatabase.ExecuteAsync(connection, """
            INSERT INTO "Consultations" ("Id", "PaperId", "Position", "Body", "Date", "IsPublic", "Role", "Origin")
            VALUES (gen_random_uuid(), @paper, 0, @body, DATE '2030-02-01', false, 'decision', 'planned')
            """, ("paper", paper), ("body", body));

    private async Task<List<Guid>> HitsAsync(string text, UserProfile? viewer = null, bool releasedOnly = true) =>
        (await _search.SearchAsync(new PaperSearch(text, ReleasedOnly: releasedOnly), viewer, CancellationToken.None))
        .Items.Select(p => p.Id).ToList();

    private async Task<Guid> PublicPaperAsync(int sequence, int year, string title, string text)
    {
        var id = Guid.NewGuid();
        await using var connection = await _database.OpenAsync();
        await InsertAsync(connection, id, title, new() { ["sachverhalt"] = text });
        await ReleaseAsync(connection, id, sequence, isPublic: true, year);
        return id;
    }
}
