using Drucksachen.Persistence.PostgreSql.History;
using Drucksachen.Persistence.PostgreSql.Tests.TestSupport;
using Npgsql;
using static Drucksachen.Persistence.PostgreSql.Tests.TestSupport.PaperRowSql;

namespace Drucksachen.Persistence.PostgreSql.Tests.History;

/// <summary>
/// The database refuses to change or remove history entries and document versions, whoever asks
/// (the tests connect as the server's administrator, who passes every grant): only the triggers
/// stand in the way, as on SQLite.
/// </summary>
public sealed class AppendOnlyTests : IAsyncLifetime
{
    private PostgreSqlTestDatabase _database = null!;
    private NpgsqlConnection _connection = null!;
    private readonly Guid _paper = Guid.NewGuid();

    public async Task InitializeAsync()
    {
        _database = await PostgreSqlTestDatabase.CreateAsync();
        _connection = await _database.OpenAsync();
        await InsertAsync(_connection, _paper, "Vorlage", new() { ["sachverhalt"] = "Text." });
        await PostgreSqlTestDatabase.ExecuteAsync(_connection, """
            INSERT INTO "HistoryEntries" ("PaperId", "Sequence", "At", "Actor", "Role", "Action", "FromState", "ToState", "Details", "PreviousHash", "Hash")
            VALUES (@paper, 1, now(), 'mueller', 'author', 'create', NULL, 'draft', '{}', '', 'abc');
            INSERT INTO "DocumentVersions" ("Id", "PaperId", "Version", "FileName", "Size", "Sha512", "IsFinal", "Template", "CreatedAt", "Content")
            VALUES (gen_random_uuid(), @paper, 1, 'Drucksache-v1.pdf', 3, 'x', false, 'standard', now(), '\x255044'::bytea);
            """, ("paper", _paper));
    }

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData("""UPDATE "HistoryEntries" SET "Hash" = 'forged'""", "history entries are append-only")]
    [InlineData("""UPDATE "HistoryEntries" SET "StateHash" = 'late commitment'""", "history entries are append-only")]
    [InlineData("""DELETE FROM "HistoryEntries" """, "history entries are append-only")]
    [InlineData("""TRUNCATE "HistoryEntries" """, "history entries are append-only")]
    [InlineData("""TRUNCATE "Papers" CASCADE""", null)]
    [InlineData("""UPDATE "DocumentVersions" SET "Content" = '\x00'::bytea""", "document versions are immutable")]
    [InlineData("""DELETE FROM "DocumentVersions" """, "document versions are immutable")]
    [InlineData("""TRUNCATE "DocumentVersions" """, "document versions are immutable")]
    public async Task ChangingOrRemoving_IsRefused(string sql, string? message)
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() => PostgreSqlTestDatabase.ExecuteAsync(_connection, sql));

        Assert.Equal(AppendOnlySchema.RefusedChange, refused.SqlState);
        if (message is not null) Assert.Equal(message, refused.MessageText);
        await using var count = new NpgsqlCommand("""SELECT (SELECT count(*) FROM "HistoryEntries" WHERE "Hash" = 'abc' AND "StateHash" IS NULL) + (SELECT count(*) FROM "DocumentVersions" WHERE "Content" = '\x255044'::bytea)""", _connection);
        Assert.Equal(2L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Appending_IsAllowed()
    {
        await PostgreSqlTestDatabase.ExecuteAsync(_connection, """
            INSERT INTO "HistoryEntries" ("PaperId", "Sequence", "At", "Actor", "Role", "Action", "FromState", "ToState", "Details", "PreviousHash", "Hash", "StateHash")
            VALUES (@paper, 2, now(), 'mueller', 'author', 'submit', 'draft', 'cosigning', '{}', 'abc', 'def', 'state')
            """, ("paper", _paper));

        await using var count = new NpgsqlCommand("""SELECT count(*) FROM "HistoryEntries" """, _connection);
        Assert.Equal(2L, await count.ExecuteScalarAsync());
    }
}
