using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Drucksachen.Persistence.Sqlite.Migrations;

/// <summary>
/// Search at 100,000 papers within the list's time budget. With <see cref="PaperSearch"/>, a common
/// phrase matched thousands of papers, and each hit cost a lookup by text id in <c>Papers</c> and
/// a trigram match of the long section texts. Now:
/// <list type="bullet">
/// <item>Each paper has an integer <c>SearchKey</c>, the key of its rows in both search tables.
/// The database assigns it on insert and refuses to change it afterwards, so no hand-written
/// update can point a hit at another paper. An index from the key to the columns that the access
/// rule for the public and the list order need answers for a hit without reading the paper row.</item>
/// <item><c>PaperTitles</c> (number and title, trigram tokens): any part of them is found, as before.</item>
/// <item><c>PaperWords</c> (the decoded section text, Unicode word tokens, umlauts kept): the text
/// is found by its words and word beginnings. A phrase of common words matched as trigrams read
/// the positions of every trigram in every paper that has them; as words, it reads two or three
/// short lists.</item>
/// <item>Triggers keep both in step with <c>Papers</c>, whoever writes them.</item>
/// </list>
/// Neither search table nor the key is in the EF model: only the database writes them, and
/// <see cref="Search.SqlitePaperSearch"/> reads them with SQL.
/// </summary>
[DbContext(typeof(DrucksachenDbContext))]
[Migration("20261122000000_PaperSearchKeys")]
public sealed class PaperSearchKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql($"""
            DROP TRIGGER "Papers_Text_Delete";
            DROP TRIGGER "Papers_Text_Update";
            DROP TRIGGER "Papers_Text_Insert";
            DROP TABLE "PaperTexts";
            DROP TABLE "PaperTextKeys";
            DROP INDEX "IX_Papers_SearchHits";

            ALTER TABLE "Papers" ADD COLUMN "SearchKey" INTEGER NULL;
            UPDATE "Papers" SET "SearchKey" = "rowid";
            CREATE UNIQUE INDEX "IX_Papers_SearchKey" ON "Papers" ("SearchKey");
            CREATE INDEX "IX_Papers_SearchHits" ON "Papers" ("SearchKey", "ReleasedAt", "IsPublic", "NumberYear", "NumberSequence", "CreatedAt", "Id");

            CREATE VIRTUAL TABLE "PaperTitles" USING fts5("Number", "Title", tokenize = 'trigram');
            CREATE VIRTUAL TABLE "PaperWords" USING fts5("Text", tokenize = 'unicode61 remove_diacritics 0');
            INSERT INTO "PaperTitles" ("rowid", "Number", "Title") SELECT "SearchKey", "Number", "Title" FROM "Papers";
            INSERT INTO "PaperWords" ("rowid", "Text") SELECT "SearchKey", {PaperSearch.TextOf("Papers")} FROM "Papers";
            -- One index segment each instead of the many a bulk insert leaves: fewer lookups per search.
            INSERT INTO "PaperTitles" ("PaperTitles") VALUES ('optimize');
            INSERT INTO "PaperWords" ("PaperWords") VALUES ('optimize');

            CREATE TRIGGER "Papers_Search_Insert" AFTER INSERT ON "Papers"
            BEGIN
                UPDATE "Papers" SET "SearchKey" = (SELECT coalesce(max("SearchKey"), 0) + 1 FROM "Papers") WHERE "rowid" = new."rowid";
                INSERT INTO "PaperTitles" ("rowid", "Number", "Title")
                SELECT "SearchKey", new."Number", new."Title" FROM "Papers" WHERE "rowid" = new."rowid";
                INSERT INTO "PaperWords" ("rowid", "Text")
                SELECT "SearchKey", {PaperSearch.TextOf("new")} FROM "Papers" WHERE "rowid" = new."rowid";
            END;
            CREATE TRIGGER "Papers_Search_KeyStays" BEFORE UPDATE OF "SearchKey" ON "Papers"
            WHEN old."SearchKey" IS NOT NULL AND new."SearchKey" IS NOT old."SearchKey"
            BEGIN
                SELECT RAISE(ABORT, 'Papers.SearchKey is assigned by the database and cannot be changed');
            END;
            CREATE TRIGGER "Papers_Search_Title" AFTER UPDATE OF "Number", "Title" ON "Papers"
            WHEN old."Number" IS NOT new."Number" OR old."Title" IS NOT new."Title"
            BEGIN
                UPDATE "PaperTitles" SET "Number" = new."Number", "Title" = new."Title" WHERE "rowid" = new."SearchKey";
            END;
            CREATE TRIGGER "Papers_Search_Text" AFTER UPDATE OF "Sections" ON "Papers"
            WHEN old."Sections" IS NOT new."Sections"
            BEGIN
                UPDATE "PaperWords" SET "Text" = {PaperSearch.TextOf("new")} WHERE "rowid" = new."SearchKey";
            END;
            CREATE TRIGGER "Papers_Search_Delete" AFTER DELETE ON "Papers"
            BEGIN
                DELETE FROM "PaperTitles" WHERE "rowid" = old."SearchKey";
                DELETE FROM "PaperWords" WHERE "rowid" = old."SearchKey";
            END;
            """);

    // Back to the PaperSearch schema: the trigram table of all texts, refilled.
    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql($"""
            DROP TRIGGER "Papers_Search_Delete";
            DROP TRIGGER "Papers_Search_Text";
            DROP TRIGGER "Papers_Search_Title";
            DROP TRIGGER "Papers_Search_KeyStays";
            DROP TRIGGER "Papers_Search_Insert";
            DROP TABLE "PaperWords";
            DROP TABLE "PaperTitles";
            DROP INDEX "IX_Papers_SearchHits";
            DROP INDEX "IX_Papers_SearchKey";
            ALTER TABLE "Papers" DROP COLUMN "SearchKey";
            CREATE INDEX "IX_Papers_SearchHits" ON "Papers" ("Id", "ReleasedAt", "IsPublic", "NumberYear", "NumberSequence", "CreatedAt");
            {PaperSearch.SearchTables}
            """);
}
