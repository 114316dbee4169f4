using Drucksachen.Persistence.PostgreSql.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Drucksachen.Persistence.PostgreSql.Migrations
{
    /// <summary>
    /// The search triggers' words of a paper from a PL/pgSQL function, whose plan the session keeps
    /// (see <see cref="SearchSchema.SearchWordsFunction"/>); the words are the same.
    /// </summary>
    public partial class SearchWordsInPlpgsql : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(SearchSchema.SearchWordsFunction);

        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION drucksachen_search_words(number text, title text, sections text) RETURNS text
                IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
                    SELECT drucksachen_words(concat_ws(' ', number, title, (SELECT string_agg(value, ' ') FROM json_each_text(sections::json))))
                $$;
                """);
    }
}
