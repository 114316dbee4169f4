using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Drucksachen.Persistence.Sqlite.Migrations;

/// <summary>
/// A search by someone who may see released public papers only (every anonymous visitor) must not
/// take longer because papers they may not see hold the words: matched in <c>PaperTitles</c> and
/// <c>PaperWords</c>, which hold every paper, a word found only in non-public papers read those
/// papers' hits before the access rule dropped them, and so answered measurably slower than a word
/// found nowhere. <c>PublicPaperTitles</c> and <c>PublicPaperWords</c> are the same two indexes
/// (same columns, tokenizers and word beginnings) of the released public papers alone, which such
/// a search reads instead, so that all it reads is a function of public content.
/// <list type="bullet">
/// <item>A trigger on the columns that decide the access rule for the public (<c>ReleasedAt</c>,
/// <c>IsPublic</c>) and on what is indexed puts a paper in when it becomes visible to the public,
/// takes it out when it stops being so, and re-indexes it when its number, title or text change
/// while it is. The database assigns the key with an update (see <see cref="PaperSearchKeys"/>),
/// so the same trigger covers papers inserted already released and public.</item>
/// <item>Contentless: a search reads keys only, and the text is in <c>Papers</c> and in the full
/// indexes already. <c>contentless_delete</c> lets a paper be taken out by its key alone.</item>
/// </list>
/// </summary>
[DbContext(typeof(DrucksachenDbContext))]
[Migration("20261206010000_PublicSearch")]
public sealed class PublicSearch : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql($"""
            CREATE VIRTUAL TABLE "PublicPaperTitles" USING fts5("Number", "Title", tokenize = 'trigram',
                content = '', contentless_delete = 1);
            CREATE VIRTUAL TABLE "PublicPaperWords" USING fts5("Number", "Title", "Text", tokenize = 'unicode61 remove_diacritics 0',
                prefix = '1 2 3 4 5 6', content = '', contentless_delete = 1);
            INSERT INTO "PublicPaperTitles" ("rowid", "Number", "Title")
            SELECT "SearchKey", "Number", "Title" FROM "Papers" WHERE {IsPublic("Papers")};
            INSERT INTO "PublicPaperWords" ("rowid", "Number", "Title", "Text")
            SELECT "SearchKey", "Number", "Title", {PaperSearch.TextOf("Papers")} FROM "Papers" WHERE {IsPublic("Papers")};
            INSERT INTO "PublicPaperTitles" ("PublicPaperTitles") VALUES ('optimize');
            INSERT INTO "PublicPaperWords" ("PublicPaperWords") VALUES ('optimize');

            CREATE TRIGGER "Papers_PublicSearch_Update" AFTER UPDATE OF "SearchKey", "ReleasedAt", "IsPublic", "Number", "Title", "Sections" ON "Papers"
            WHEN ({IsPublic("old")} OR {IsPublic("new")})
                AND (old."SearchKey" IS NOT new."SearchKey" OR old."ReleasedAt" IS NOT new."ReleasedAt" OR old."IsPublic" IS NOT new."IsPublic"
                    OR old."Number" IS NOT new."Number" OR old."Title" IS NOT new."Title" OR old."Sections" IS NOT new."Sections")
            BEGIN
                DELETE FROM "PublicPaperTitles" WHERE "rowid" = old."SearchKey" AND {IsPublic("old")};
                DELETE FROM "PublicPaperWords" WHERE "rowid" = old."SearchKey" AND {IsPublic("old")};
                INSERT INTO "PublicPaperTitles" ("rowid", "Number", "Title")
                SELECT new."SearchKey", new."Number", new."Title" WHERE {IsPublic("new")};
                INSERT INTO "PublicPaperWords" ("rowid", "Number", "Title", "Text")
                SELECT new."SearchKey", new."Number", new."Title", {PaperSearch.TextOf("new")} WHERE {IsPublic("new")};
            END;
            CREATE TRIGGER "Papers_PublicSearch_Delete" AFTER DELETE ON "Papers"
            WHEN {IsPublic("old")}
            BEGIN
                DELETE FROM "PublicPaperTitles" WHERE "rowid" = old."SearchKey";
                DELETE FROM "PublicPaperWords" WHERE "rowid" = old."SearchKey";
            END;
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP TRIGGER "Papers_PublicSearch_Delete";
            DROP TRIGGER "Papers_PublicSearch_Update";
            DROP TABLE "PublicPaperWords";
            DROP TABLE "PublicPaperTitles";
            """);

    // The access rule for the public (PaperAccess), on a row that has its search key.
    private static string IsPublic(string row) =>
        $"""{row}."SearchKey" IS NOT NULL AND {row}."ReleasedAt" IS NOT NULL AND {row}."IsPublic" """;
}
