using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Drucksachen.Persistence.Sqlite.Tests.TestSupport;

/// <summary>
/// Hand-written SQL on the papers table, as someone with access to the database file would write
/// it: the storage tests use it to show that what the database keeps by itself (search indexes)
/// follows whoever writes the papers.
/// </summary>
public static class PaperRowSql
{
    /// <summary>A connection of its own (not pooled), so that closing it releases the file.</summary>
    public static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString + ";Pooling=False");
        connection.Open();
        return connection;
    }

    // A paper row with the columns the list needs, as the EF mapping stores them; no workflow or history.
    public static void Insert(SqliteConnection connection, Guid id, string title, Dictionary<string, string> sections) =>
        Execute(connection, """
            INSERT INTO "Papers" ("Id", "Type", "Title", "LeadOffice", "Author", "Date", "IsPublic", "Signature", "Sections",
                "Attachments", "Cosigners", "State", "IsFinished", "Deadline", "Version", "HistoryHead", "HistoryCount", "CreatedAt", "ModifiedAt")
            VALUES (@id, 'Informationsvorlage', @title, 'Amt für Soziales', 'mueller', '2030-01-10', 1, '', @sections,
                '[]', '[]', 'draft', 0, 'InTime', 1, '', 0, '2030-01-10T08:00:00.0000000Z', '2030-01-10T08:00:00.0000000Z')
            """, ("@id", Id(id)), ("@title", title), ("@sections", JsonSerializer.Serialize(sections)));

    /// <summary>Numbers the paper as the sequence-th of 2030 and marks it released, public or not.</summary>
    public static void Release(SqliteConnection connection, Guid id, int sequence, bool isPublic) =>
        Execute(connection, """
            UPDATE "Papers" SET "Number" = @number, "NumberSeries" = 'DS', "NumberYear" = 2030, "NumberSequence" = @sequence,
                "ReleasedAt" = '2030-01-11T08:00:00.0000000Z', "IsPublic" = @public WHERE "Id" = @id
            """, ("@number", $"{sequence}/30"), ("@sequence", sequence), ("@public", isPublic), ("@id", Id(id)));

    /// <summary>The id as the EF mapping stores it.</summary>
    public static string Id(Guid id) => id.ToString().ToUpperInvariant();

    public static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    public static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
