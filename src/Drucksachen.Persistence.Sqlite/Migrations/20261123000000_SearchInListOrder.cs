using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Drucksachen.Persistence.Sqlite.Migrations;

/// <summary>
/// Searches with tens of thousands of hits (a word in nearly every paper, one or two characters)
/// within the list's time budget. With <see cref="PaperSearchKeys"/>, every hit was looked up by
/// its key, checked and sorted: 1.5 µs a hit, 150–280 ms at 100,000 papers; and one or two
/// characters read every number and title with LIKE. Now:
/// <list type="bullet">
/// <item>Both list order indexes (what else they hold and why: <see cref="PaperSearch"/>) end
/// with <c>SearchKey</c>. A search with many hits walks the
/// list in its order and tests each paper's key against the hits (see
/// <see cref="Search.SearchHits"/>), reading the index alone; it stops once it has counted as far
/// as it counts. Like the key, the two indexes are therefore the database's own, no longer the
/// model's.</item>
/// <item><c>PaperWords</c> holds the words of number and title as well as of the text, so one or
/// two characters are looked up as word beginnings, not by reading every number and title with
/// LIKE. It also keeps an entry for the first one to six characters of each word: a beginning of
/// up to six characters is then one list to read, where otherwise the lists of all the words it
/// begins are merged ("Stadt" begins Stadtrat, Stadtteil, Stadtwerke …): for a beginning found in
/// every paper, 5 ms instead of 10–20. The index is twice as large and twice as slow to write.</item>
/// </list>
/// </summary>
[DbContext(typeof(DrucksachenDbContext))]
[Migration("20261123000000_SearchInListOrder")]
public sealed class SearchInListOrder : Migration
{
    private const string ListOrder = "\"NumberYear\" DESC, \"NumberSequence\" DESC, \"CreatedAt\" DESC, \"Id\"";
    private const string PublicOnly = "WHERE \"ReleasedAt\" IS NOT NULL AND \"IsPublic\"";

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql($"""
            DROP INDEX "IX_Papers_ListOrder";
            DROP INDEX "IX_Papers_PublicListOrder";
            CREATE INDEX "IX_Papers_ListOrder" ON "Papers" ({ListOrder}, "ReleasedAt", "IsPublic", "Type", "State", "IsFinished", "Deadline", "SearchKey");
            CREATE INDEX "IX_Papers_PublicListOrder" ON "Papers" ({ListOrder}, "ReleasedAt", "IsPublic", "SearchKey") {PublicOnly};

            DROP TRIGGER "Papers_Search_Insert";
            DROP TRIGGER "Papers_Search_Title";
            DROP TABLE "PaperWords";
            CREATE VIRTUAL TABLE "PaperWords" USING fts5("Number", "Title", "Text", tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3 4 5 6');
            INSERT INTO "PaperWords" ("rowid", "Number", "Title", "Text") SELECT "SearchKey", "Number", "Title", {PaperSearch.TextOf("Papers")} FROM "Papers";
            INSERT INTO "PaperWords" ("PaperWords") VALUES ('optimize');

            {InsertTrigger("\"Number\", \"Title\", \"Text\"", $"new.\"Number\", new.\"Title\", {PaperSearch.TextOf("new")}")}
            CREATE TRIGGER "Papers_Search_Title" AFTER UPDATE OF "Number", "Title" ON "Papers"
            WHEN old."Number" IS NOT new."Number" OR old."Title" IS NOT new."Title"
            BEGIN
                UPDATE "PaperTitles" SET "Number" = new."Number", "Title" = new."Title" WHERE "rowid" = new."SearchKey";
                UPDATE "PaperWords" SET "Number" = new."Number", "Title" = new."Title" WHERE "rowid" = new."SearchKey";
            END;
            """);

    // Back to the PaperSearchKeys schema: the text alone in PaperWords, the list indexes without the key.
    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql($"""
            DROP TRIGGER "Papers_Search_Title";
            DROP TRIGGER "Papers_Search_Insert";
            DROP TABLE "PaperWords";
            CREATE VIRTUAL TABLE "PaperWords" USING fts5("Text", tokenize = 'unicode61 remove_diacritics 0');
            INSERT INTO "PaperWords" ("rowid", "Text") SELECT "SearchKey", {PaperSearch.TextOf("Papers")} FROM "Papers";
            INSERT INTO "PaperWords" ("PaperWords") VALUES ('optimize');
            {InsertTrigger("\"Text\"", PaperSearch.TextOf("new"))}
            CREATE TRIGGER "Papers_Search_Title" AFTER UPDATE OF "Number", "Title" ON "Papers"
            WHEN old."Number" IS NOT new."Number" OR old."Title" IS NOT new."Title"
            BEGIN
                UPDATE "PaperTitles" SET "Number" = new."Number", "Title" = new."Title" WHERE "rowid" = new."SearchKey";
            END;

            DROP INDEX "IX_Papers_PublicListOrder";
            DROP INDEX "IX_Papers_ListOrder";
            CREATE INDEX "IX_Papers_ListOrder" ON "Papers" ({ListOrder}, "ReleasedAt", "IsPublic", "Type", "State", "IsFinished", "Deadline");
            CREATE INDEX "IX_Papers_PublicListOrder" ON "Papers" ({ListOrder}, "ReleasedAt", "IsPublic") {PublicOnly};
            """);

    // Gives a new paper its key and indexes it; only the word index's columns differ up and down.
    private static string InsertTrigger(string wordColumns, string wordValues) => $"""
        CREATE TRIGGER "Papers_Search_Insert" AFTER INSERT ON "Papers"
        BEGIN
            UPDATE "Papers" SET "SearchKey" = (SELECT coalesce(max("SearchKey"), 0) + 1 FROM "Papers") WHERE "rowid" = new."rowid";
            INSERT INTO "PaperTitles" ("rowid", "Number", "Title")
            SELECT "SearchKey", new."Number", new."Title" FROM "Papers" WHERE "rowid" = new."rowid";
            INSERT INTO "PaperWords" ("rowid", {wordColumns})
            SELECT "SearchKey", {wordValues} FROM "Papers" WHERE "rowid" = new."rowid";
        END;
        """;
}
