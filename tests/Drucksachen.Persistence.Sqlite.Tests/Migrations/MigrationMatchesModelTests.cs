using System.Text;
using Drucksachen.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

using Drucksachen.Persistence.Sqlite.Tests.TestSupport;

namespace Drucksachen.Persistence.Sqlite.Tests.Migrations;

/// <summary>
/// The hand-written SQLite migration creates the schema the EF model describes: same tables, columns,
/// keys, indexes and foreign keys as EnsureCreated makes from the model (triggers, EF's own
/// bookkeeping tables and the full-text search tables aside).
/// </summary>
public sealed class MigrationMatchesModelTests : IDisposable
{
    private static readonly string[] Ignored = ["__EFMigrationsHistory", "__EFMigrationsLock", "sqlite_sequence"];

    // The full-text search tables (the FTS5 tables PaperTitles and PaperWords, and their public
    // counterparts, with their shadow tables) and the papers' SearchKey column with the indexes
    // that hold it (the list order ones among them) are no part of the EF model on purpose: only
    // triggers write them and the store reads them with SQL (see the PaperSearchKeys,
    // SearchInListOrder and PublicSearch migrations), so EnsureCreated cannot make them.
    private static readonly string[] SearchTables = ["PaperTitles", "PaperWords", "PublicPaperTitles", "PublicPaperWords"];
    private const string SearchKey = "SearchKey";

    private readonly string _folder = Directory.CreateTempSubdirectory("drucksachen-schema-").FullName;

    [Fact]
    public async Task Migration_CreatesTheSameSchemaAsTheModel()
    {
        var migrated = $"Data Source={Path.Combine(_folder, "migrated.db")}";
        var created = $"Data Source={Path.Combine(_folder, "created.db")}";

        await DrucksachenDatabase.MigrateAsync(DrucksachenDatabase.CreateFactory(SqliteLocation.For(migrated)), CancellationToken.None);
        await using (var db = DrucksachenDatabase.CreateFactory(SqliteLocation.For(created)).CreateDbContext())
            Assert.True(await db.Database.EnsureCreatedAsync());

        var expected = Describe(created);
        Assert.Contains("table HistoryEntries", expected);
        Assert.Contains("table WorkflowInstances", expected);
        Assert.Equal(expected, Describe(migrated));
    }

    [Fact]
    public async Task Migration_AddsTheAppendOnlyTriggers()
    {
        var migrated = $"Data Source={Path.Combine(_folder, "migrated.db")}";
        await DrucksachenDatabase.MigrateAsync(DrucksachenDatabase.CreateFactory(SqliteLocation.For(migrated)), CancellationToken.None);

        using var connection = Open(migrated);
        Assert.Equal(["DocumentVersions_NoDelete", "DocumentVersions_NoUpdate", "HistoryEntries_NoDelete", "HistoryEntries_NoUpdate"],
            Query(connection, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('HistoryEntries', 'DocumentVersions') ORDER BY name",
                r => r.GetString(0)));
    }

    [Fact]
    public async Task Migration_AddsTheSearchTables_AndTheTriggersThatFillThem()
    {
        var migrated = $"Data Source={Path.Combine(_folder, "migrated.db")}";
        await DrucksachenDatabase.MigrateAsync(DrucksachenDatabase.CreateFactory(SqliteLocation.For(migrated)), CancellationToken.None);

        using var connection = Open(migrated);
        Assert.Equal(["PaperTitles", "PaperWords", "PublicPaperTitles", "PublicPaperWords"],
            Query(connection, "SELECT name FROM sqlite_master WHERE name IN ('PaperTitles', 'PaperWords', 'PublicPaperTitles', 'PublicPaperWords', 'PaperTexts', 'PaperTextKeys') ORDER BY name", r => r.GetString(0)));
        Assert.Equal(["IX_Papers_ListOrder", "IX_Papers_PublicListOrder", "IX_Papers_SearchHits", "IX_Papers_SearchKey"],
            Query(connection, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '%\"SearchKey\"%' ORDER BY name", r => r.GetString(0)));
        // The list in its order, with what lists filter on, and the key that a search walking it tests.
        string Columns(string index) => string.Join(", ", Query(connection, $"PRAGMA index_info(\"{index}\")", r => (Seq: r.GetInt64(0), Name: r.GetString(2)))
            .OrderBy(c => c.Seq).Select(c => c.Name));
        Assert.Equal("NumberYear, NumberSequence, CreatedAt, Id, ReleasedAt, IsPublic, Type, State, IsFinished, Deadline, SearchKey", Columns("IX_Papers_ListOrder"));
        Assert.Equal("NumberYear, NumberSequence, CreatedAt, Id, ReleasedAt, IsPublic, SearchKey", Columns("IX_Papers_PublicListOrder"));
        Assert.Equal(["Papers_PublicSearch_Delete", "Papers_PublicSearch_Update",
                "Papers_Search_Delete", "Papers_Search_Insert", "Papers_Search_KeyStays", "Papers_Search_Text", "Papers_Search_Title"],
            Query(connection, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Papers' ORDER BY name", r => r.GetString(0)));
    }

    private static string Describe(string connectionString)
    {
        using var connection = Open(connectionString);
        var schema = new StringBuilder();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", r => r.GetString(0))
            .Where(t => !Ignored.Contains(t) && !SearchTables.Any(s => t.StartsWith(s, StringComparison.Ordinal)));
        foreach (var table in tables)
        {
            schema.Append("table ").AppendLine(table);
            var columns = Query(connection, $"PRAGMA table_info(\"{table}\")",
                r => $"  column {r.GetString(1)} {r.GetString(2)} notnull={r.GetInt64(3)} pk={r.GetInt64(5)}")
                .Where(c => !c.StartsWith($"  column {SearchKey} ", StringComparison.Ordinal));
            foreach (var column in columns.Order(StringComparer.Ordinal)) schema.AppendLine(column);

            var indexes = Query(connection, $"PRAGMA index_list(\"{table}\")",
                r => (Name: r.GetString(1), Unique: r.GetInt64(2), Origin: r.GetString(3), Partial: r.GetInt64(4)));
            foreach (var index in indexes.OrderBy(i => i.Name, StringComparer.Ordinal))
            {
                var indexColumns = Query(connection, $"PRAGMA index_info(\"{index.Name}\")", r => (Seq: r.GetInt64(0), Name: r.GetString(2)))
                    .OrderBy(c => c.Seq).Select(c => c.Name).ToList();
                if (indexColumns.Contains(SearchKey)) continue;
                schema.AppendLine($"  index {index.Name} ({string.Join(", ", indexColumns)}) unique={index.Unique} origin={index.Origin} partial={index.Partial}");
            }

            var keys = Query(connection, $"PRAGMA foreign_key_list(\"{table}\")",
                r => $"  foreign key {r.GetString(3)} -> {r.GetString(2)}.{r.GetString(4)} on delete {r.GetString(6)}");
            foreach (var key in keys.Order(StringComparer.Ordinal)) schema.AppendLine(key);
        }
        return schema.ToString();
    }

    private static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString + ";Pooling=False");
        connection.Open();
        return connection;
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
