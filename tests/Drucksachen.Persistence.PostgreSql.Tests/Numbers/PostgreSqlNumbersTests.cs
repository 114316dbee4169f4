using Drucksachen.Persistence.PostgreSql.Numbers;
using Drucksachen.Persistence.PostgreSql.Tests.TestSupport;
using Npgsql;
using static Drucksachen.Persistence.PostgreSql.Tests.TestSupport.PaperRowSql;

namespace Drucksachen.Persistence.PostgreSql.Tests.Numbers;

/// <summary>Numbers on PostgreSQL: unique and gapless under concurrent releases, given back on rollback, passing over historical ones.</summary>
public sealed class PostgreSqlNumbersTests : IAsyncLifetime
{
    private const string Series = "DS";
    private const int Year = 2030;

    private PostgreSqlTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await PostgreSqlTestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ConcurrentReleases_GetConsecutiveDistinctNumbers()
    {
        const int releases = 20;
        using var start = new SemaphoreSlim(0);
        var tasks = Enumerable.Range(0, releases).Select(async _ =>
        {
            await using var connection = await _database.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await start.WaitAsync();
            var number = await PostgreSqlNumbers.NextAsync(connection, transaction, Series, Year, CancellationToken.None);
            await ReleasedPaperAsync(connection, number);
            await transaction.CommitAsync();
            return number;
        }).ToList();
        start.Release(releases);

        var numbers = await Task.WhenAll(tasks);

        Assert.Equal(Enumerable.Range(1, releases), numbers.Order());
        Assert.Equal(releases, await LastAsync());
    }

    [Fact]
    public async Task Rollback_GivesTheNumberBack()
    {
        await using var connection = await _database.OpenAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            Assert.Equal(1, await PostgreSqlNumbers.NextAsync(connection, transaction, Series, Year, CancellationToken.None));
            await transaction.RollbackAsync();
        }
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            Assert.Equal(1, await PostgreSqlNumbers.NextAsync(connection, transaction, Series, Year, CancellationToken.None));
            Assert.Equal(2, await PostgreSqlNumbers.NextAsync(connection, transaction, Series, Year, CancellationToken.None));
            Assert.Equal(1, await PostgreSqlNumbers.NextAsync(connection, transaction, Series, Year + 1, CancellationToken.None));
            Assert.Equal(1, await PostgreSqlNumbers.NextAsync(connection, transaction, "VO", Year, CancellationToken.None));
        }
    }

    [Fact]
    public async Task NumbersOfHistoricalPapers_ArePassedOver_NotJumpedTo()
    {
        await using var connection = await _database.OpenAsync();
        foreach (var historical in new[] { 1, 2, 4, 9 }) await ReleasedPaperAsync(connection, historical);

        var numbers = new List<int>();
        await using var transaction = await connection.BeginTransactionAsync();
        for (var i = 0; i < 5; i++)
        {
            var number = await PostgreSqlNumbers.NextAsync(connection, transaction, Series, Year, CancellationToken.None);
            await ReleasedPaperAsync(connection, number);
            numbers.Add(number);
        }

        Assert.Equal([3, 5, 6, 7, 8], numbers);
    }

    [Fact]
    public async Task ReleaseWaitingForTheCounter_PassesOverAHistoricalNumberCommittedMeanwhile()
    {
        await using var first = await _database.OpenAsync();
        await using var firstTransaction = await first.BeginTransactionAsync();
        Assert.Equal(1, await PostgreSqlNumbers.NextAsync(first, firstTransaction, Series, Year, CancellationToken.None));

        await using var second = await _database.OpenAsync();
        await using var secondTransaction = await second.BeginTransactionAsync();
        var waiting = PostgreSqlNumbers.NextAsync(second, secondTransaction, Series, Year, CancellationToken.None);
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);

        // Imported meanwhile with its number, the one the waiting release would take next.
        await using (var import = await _database.OpenAsync()) await ReleasedPaperAsync(import, 2);
        await ReleasedPaperAsync(first, 1);
        await firstTransaction.CommitAsync();

        Assert.Equal(3, await waiting);
    }

    private static async Task ReleasedPaperAsync(NpgsqlConnection connection, int sequence)
    {
        var id = Guid.NewGuid();
        await InsertAsync(connection, id, $"Vorlage {sequence}", new() { ["sachverhalt"] = "Text." });
        await ReleaseAsync(connection, id, sequence, isPublic: true, Year);
    }

    private async Task<int> LastAsync()
    {
        await using var connection = await _database.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Last" FROM "NumberCounters" WHERE "Series" = 'DS' AND "Year" = 2030""", connection);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
