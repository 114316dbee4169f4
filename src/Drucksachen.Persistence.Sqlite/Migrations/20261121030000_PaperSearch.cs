using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Drucksachen.Persistence.Sqlite.Migrations;

/// <summary>
/// Full-text search and the indexes the papers list needs at 100,000 papers.
/// <list type="bullet">
/// <item><c>PaperTexts</c> is an FTS5 table of each paper's number, title and the decoded text of its
/// sections (the JSON column escapes non-ASCII letters, so it cannot be searched as stored), with
/// the trigram tokenizer: any substring of three or more characters is found, case-insensitively
/// (umlauts included).</item>
/// <item><c>PaperTextKeys</c> gives each paper the integer key its row in <c>PaperTexts</c> has. The
/// implicit rowid of <c>Papers</c> cannot serve: VACUUM may renumber it, and a stale key would
/// show one paper's hit on another.</item>
/// <item>Triggers keep both in step with <c>Papers</c>, whoever writes them (EF or hand-written SQL).</item>
/// <item>The list order index also holds the columns lists filter on, so counts, filters and deep
/// pages (OFFSET) read the index, not the paper rows. The public list, which anonymous visitors
/// see, has a partial index of its own (released public papers only), which also counts them, in
/// place of the index on (ReleasedAt, IsPublic).</item>
/// <item>Text search hits come as paper ids: an index by id tells whether the public may see them
/// and where they go in the list, again without the paper rows.</item>
/// <item>Consultations by paper and body: the body filter and the council members' access rule ask
/// whether a body consults a paper.</item>
/// </list>
/// Neither search table is in the EF model: only the triggers write them, and
/// <see cref="Search.SqlitePaperSearch"/> reads them with SQL.
/// </summary>
[DbContext(typeof(DrucksachenDbContext))]
[Migration("20261121030000_PaperSearch")]
public sealed class PaperSearch : Migration
{
    private const string KeyOfOld = """(SELECT "Key" FROM "PaperTextKeys" WHERE "PaperId" = old."Id")""";
    private const string KeyOfNew = """(SELECT "Key" FROM "PaperTextKeys" WHERE "PaperId" = new."Id")""";

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql($"""
            DROP INDEX "IX_Papers_ListOrder";
            CREATE INDEX "IX_Papers_ListOrder" ON "Papers" ("NumberYear" DESC, "NumberSequence" DESC, "CreatedAt" DESC, "Id", "ReleasedAt", "IsPublic", "Type", "State", "IsFinished", "Deadline");
            DROP INDEX "IX_Papers_ReleasedAt_IsPublic";
            CREATE INDEX "IX_Papers_PublicListOrder" ON "Papers" ("NumberYear" DESC, "NumberSequence" DESC, "CreatedAt" DESC, "Id", "ReleasedAt", "IsPublic")
                WHERE "ReleasedAt" IS NOT NULL AND "IsPublic";
            CREATE INDEX "IX_Papers_SearchHits" ON "Papers" ("Id", "ReleasedAt", "IsPublic", "NumberYear", "NumberSequence", "CreatedAt");
            CREATE INDEX "IX_Consultations_PaperId_Body" ON "Consultations" ("PaperId", "Body");
            {SearchTables}
            """);

    /// <summary>The search tables of this migration, filled from the papers there are, and their triggers.</summary>
    internal static string SearchTables => $"""
            CREATE TABLE "PaperTextKeys" (
                "Key" INTEGER NOT NULL CONSTRAINT "PK_PaperTextKeys" PRIMARY KEY,
                "PaperId" TEXT NOT NULL
            );
            CREATE UNIQUE INDEX "IX_PaperTextKeys_PaperId" ON "PaperTextKeys" ("PaperId");
            CREATE VIRTUAL TABLE "PaperTexts" USING fts5("Number", "Title", "Text", tokenize = 'trigram');

            INSERT INTO "PaperTextKeys" ("PaperId") SELECT "Id" FROM "Papers";
            INSERT INTO "PaperTexts" ("rowid", "Number", "Title", "Text")
            SELECT k."Key", p."Number", p."Title", {TextOf("p")} FROM "Papers" AS p JOIN "PaperTextKeys" AS k ON k."PaperId" = p."Id";
            -- One index segment instead of the many a bulk insert leaves: fewer lookups per search.
            INSERT INTO "PaperTexts" ("PaperTexts") VALUES ('optimize');

            CREATE TRIGGER "Papers_Text_Insert" AFTER INSERT ON "Papers"
            BEGIN
                INSERT INTO "PaperTextKeys" ("PaperId") VALUES (new."Id");
                INSERT INTO "PaperTexts" ("rowid", "Number", "Title", "Text") VALUES ({KeyOfNew}, new."Number", new."Title", {TextOf("new")});
            END;
            CREATE TRIGGER "Papers_Text_Update" AFTER UPDATE OF "Id", "Number", "Title", "Sections" ON "Papers"
            WHEN old."Id" IS NOT new."Id" OR old."Number" IS NOT new."Number" OR old."Title" IS NOT new."Title"
                OR old."Sections" IS NOT new."Sections"
            BEGIN
                DELETE FROM "PaperTexts" WHERE "rowid" = {KeyOfOld};
                UPDATE "PaperTextKeys" SET "PaperId" = new."Id" WHERE "PaperId" = old."Id";
                INSERT INTO "PaperTexts" ("rowid", "Number", "Title", "Text") VALUES ({KeyOfNew}, new."Number", new."Title", {TextOf("new")});
            END;
            CREATE TRIGGER "Papers_Text_Delete" AFTER DELETE ON "Papers"
            BEGIN
                DELETE FROM "PaperTexts" WHERE "rowid" = {KeyOfOld};
                DELETE FROM "PaperTextKeys" WHERE "PaperId" = old."Id";
            END;
            """;

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP TRIGGER "Papers_Text_Delete";
            DROP TRIGGER "Papers_Text_Update";
            DROP TRIGGER "Papers_Text_Insert";
            DROP TABLE "PaperTexts";
            DROP TABLE "PaperTextKeys";
            DROP INDEX "IX_Consultations_PaperId_Body";
            DROP INDEX "IX_Papers_SearchHits";
            DROP INDEX "IX_Papers_PublicListOrder";
            CREATE INDEX "IX_Papers_ReleasedAt_IsPublic" ON "Papers" ("ReleasedAt", "IsPublic");
            DROP INDEX "IX_Papers_ListOrder";
            CREATE INDEX "IX_Papers_ListOrder" ON "Papers" ("NumberYear" DESC, "NumberSequence" DESC, "CreatedAt" DESC, "Id");
            """);

    // The searchable text of a paper row: its sections' texts, decoded from JSON, one after the
    // other. Line breaks become spaces so that words a Markdown line break separates are found as
    // a phrase. Text that is not JSON (never written by the product) is indexed as it stands
    // rather than failing the write.
    internal static string TextOf(string row) => $"""
        replace(replace(replace(coalesce(CASE WHEN json_valid({row}."Sections")
            THEN (SELECT group_concat("value", ' ') FROM json_each({row}."Sections")) ELSE {row}."Sections" END, ''),
            char(13), ''), char(10), ' '), char(9), ' ')
        """;
}
