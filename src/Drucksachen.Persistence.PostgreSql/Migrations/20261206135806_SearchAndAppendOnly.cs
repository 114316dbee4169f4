using Drucksachen.Persistence.PostgreSql.History;
using Drucksachen.Persistence.PostgreSql.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Drucksachen.Persistence.PostgreSql.Migrations
{
    /// <summary>
    /// What the database keeps by itself beside the EF model: the append-only rules of history and
    /// documents, the search tables with their triggers, and the list order indexes.
    /// </summary>
    public partial class SearchAndAppendOnly : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AppendOnlySchema.Up);
            migrationBuilder.Sql(SearchSchema.Up);
            migrationBuilder.Sql(ListOrderSchema.Up);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ListOrderSchema.Down);
            migrationBuilder.Sql(SearchSchema.Down);
            migrationBuilder.Sql(AppendOnlySchema.Down);
        }
    }
}
