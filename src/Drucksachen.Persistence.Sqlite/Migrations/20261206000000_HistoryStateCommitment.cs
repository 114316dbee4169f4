using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Drucksachen.Persistence.Sqlite.Migrations;

/// <summary>
/// Each new history entry commits to its paper's state after it (<c>StateHash</c>, covered by the
/// entry's hash), so verification proves the paper's data, not only the chain. Entries written
/// before keep no commitment and their hashes: their papers' data is proven from their next entry on.
/// </summary>
[DbContext(typeof(DrucksachenDbContext))]
[Migration("20261206000000_HistoryStateCommitment")]
public sealed class HistoryStateCommitment : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""ALTER TABLE "HistoryEntries" ADD COLUMN "StateHash" TEXT NULL;""");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""ALTER TABLE "HistoryEntries" DROP COLUMN "StateHash";""");
}
