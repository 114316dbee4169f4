using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Drucksachen.Persistence.Sqlite.Migrations;

/// <summary>The order of paper lists (newest number first) as an index, so a page needs no sort of all papers.</summary>
[DbContext(typeof(DrucksachenDbContext))]
[Migration("20261121020000_ListOrder")]
public sealed class ListOrder : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            CREATE INDEX "IX_Papers_ListOrder" ON "Papers" ("NumberYear" DESC, "NumberSequence" DESC, "CreatedAt" DESC, "Id");
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""DROP INDEX "IX_Papers_ListOrder";""");
}
