using System.Text.Json;
using Npgsql;

namespace Drucksachen.Persistence.PostgreSql.Tests.TestSupport;

/// <summary>
/// Hand-written SQL on the papers table, as someone with access to the database would write it:
/// the tests use it to show that what the database keeps by itself (search tables, counters,
/// the history's protection) holds whoever writes.
/// </summary>
public static class PaperRowSql
{
    // A paper row with the columns the list needs, as the EF mapping stores them; no workflow or history.
    public static Task InsertAsync(NpgsqlConnection connection, Guid id, string title, Dictionary<string, string> sections,
        DateTimeOffset? createdAt = null) =>
        PostgreSqlTestDatabase.ExecuteAsync(connection, """
            INSERT INTO "Papers" ("Id", "Type", "Title", "LeadOffice", "Author", "Date", "IsPublic", "Signature", "Sections",
                "Attachments", "Cosigners", "State", "IsFinished", "Deadline", "Version", "HistoryHead", "HistoryCount", "CreatedAt", "ModifiedAt")
            VALUES (@id, 'Informationsvorlage', @title, 'Amt für Soziales', 'mueller', DATE '2030-01-10', true, '', @sections,
                '{}', '{}', 'draft', false, 'InTime', 1, '', 0, @created, @created)
            """, ("id", id), ("title", title), ("sections", JsonSerializer.Serialize(sections)),
            ("created", createdAt ?? new DateTimeOffset(2030, 1, 10, 8, 0, 0, TimeSpan.Zero)));

    /// <summary>Numbers the paper as the sequence-th of <paramref name="year"/> and marks it released, public or not.</summary>
    public static Task ReleaseAsync(NpgsqlConnection connection, Guid id, int sequence, bool isPublic, int year = 2030) =>
        PostgreSqlTestDatabase.ExecuteAsync(connection, """
            UPDATE "Papers" SET "Number" = @number, "NumberSeries" = 'DS', "NumberYear" = @year, "NumberSequence" = @sequence,
                "ReleasedAt" = TIMESTAMPTZ '2030-01-11 08:00:00Z', "IsPublic" = @public WHERE "Id" = @id
            """, ("number", $"{sequence:0000}/{year % 100:00}"), ("year", year), ("sequence", sequence), ("public", isPublic), ("id", id));
}
