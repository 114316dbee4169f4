using Drucksachen.Core.Access;
using Drucksachen.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

using Drucksachen.Persistence.Sqlite.Tests.TestSupport;

namespace Drucksachen.Persistence.Sqlite.Tests.Search;

/// <summary>
/// The public list is counted and paged from the partial index IX_Papers_PublicListOrder, which
/// SQLite uses only where a query's filter states its condition ("ReleasedAt" IS NOT NULL AND
/// "IsPublic"). Should the access rule for anonymous viewers be written another way, deep pages of
/// the public list would read every paper again; this notices.
/// </summary>
public sealed class PublicListIndexTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("drucksachen-plan-").FullName;

    [Fact]
    public async Task PublicPapers_AreReadFromThePublicListIndex()
    {
        var contexts = DrucksachenDatabase.CreateFactory(SqliteLocation.For($"Data Source={Path.Combine(_folder, "x.db")}"));
        await DrucksachenDatabase.MigrateAsync(contexts, CancellationToken.None);
        await using var db = await contexts.CreateDbContextAsync();
        var sql = db.Papers.Where(PaperAccess.VisibleTo(null)).Where(p => p.ReleasedAt != null).Select(p => p.Id).ToQueryString();

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(3));

        Assert.Contains(plan, step => step.Contains("IX_Papers_PublicListOrder", StringComparison.Ordinal));
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
