using System.Text.Json.Nodes;
using Drucksachen.Core.Errors;
using Drucksachen.Core.History;
using Drucksachen.Core.Storage;
using Drucksachen.Persistence.Sqlite.Sessions;
using Drucksachen.Persistence.Sqlite.Tests.TestSupport;
using Drucksachen.Testing;
using Microsoft.Data.Sqlite;

namespace Drucksachen.Persistence.Sqlite.Tests.Sessions;

/// <summary>
/// The paper sessions of one process that write at the same time commit in one transaction
/// (<see cref="GroupCommit"/>). The tests form a group by letting one session hold the writers' turn
/// until the others wait for it, each taking a number of a series as its write.
/// </summary>
public sealed class GroupCommitTests
{
    private const string Series = "DS";
    private const int Year = 2030;
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Sessions_that_write_while_another_has_the_turn_commit_with_it_and_none_is_told_saved_before_that_commit()
    {
        await using var product = await TestProduct.StartAsync();
        var sessions = product.Get<PaperSessions>();
        await using var first = sessions.OpenSession();
        Assert.Equal(1, await first.NextNumberAsync(Series, Year, None));
        var mayCommit = new TaskCompletionSource();
        var second = await QueueAsync(sessions, 1, async () =>
        {
            await using var session = sessions.OpenSession();
            var number = await session.NextNumberAsync(Series, Year, None);
            await mayCommit.Task;
            await session.CommitAsync(None);
            return number;
        });

        // The first hands the turn to the second, whose writes join its transaction, uncommitted.
        var firstCommit = first.CommitAsync(None);
        Assert.False(firstCommit.IsCompleted);
        Assert.Null(LastNumber(product));

        mayCommit.SetResult();
        await firstCommit.WaitAsync(Patience);
        Assert.Equal(2, await second.WaitAsync(Patience));
        Assert.Equal(2, LastNumber(product));
    }

    [Fact]
    public async Task A_session_that_loses_a_conflict_in_the_group_leaves_the_others_committed_and_gives_its_number_back()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ImportAsync(PaperMarkdown.Information().Build());
        var sessions = product.Get<PaperSessions>();
        await using var first = sessions.OpenSession();
        Note(first, (await first.FindAsync(paper.Id, None))!);
        Assert.Equal(1, await first.NextNumberAsync(Series, Year, None));

        // Read the paper before the first's change, then wait for the turn.
        var loser = await QueueAsync(sessions, 1, async () =>
        {
            await using var session = sessions.OpenSession();
            Note(session, (await session.FindAsync(paper.Id, None))!);
            var number = await session.NextNumberAsync(Series, Year, None);
            var error = await Assert.ThrowsAsync<DrucksachenException>(() => session.CommitAsync(None));
            return (number, error);
        });
        var third = await QueueAsync(sessions, 2, () => TakeAndCommitAsync(sessions));

        await first.CommitAsync(None).WaitAsync(Patience);

        var (lost, error) = await loser.WaitAsync(Patience);
        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Equal(2, lost);
        Assert.Equal(2, await third.WaitAsync(Patience));
        Assert.Equal(2, LastNumber(product));
        Assert.Equal(["import", "note"], (await product.HistoryAsync(paper)).Select(e => e.Action));
        var verification = await product.VerifyAsync();
        Assert.True(verification.IsIntact, verification.FirstBroken?.Reason);
    }

    [Fact]
    public async Task A_session_that_ends_without_committing_in_the_group_takes_back_only_its_own_writes()
    {
        await using var product = await TestProduct.StartAsync();
        var sessions = product.Get<PaperSessions>();
        await using var first = sessions.OpenSession();
        Assert.Equal(1, await first.NextNumberAsync(Series, Year, None));
        var abandoned = await QueueAsync(sessions, 1, async () =>
        {
            await using var session = sessions.OpenSession();
            return await session.NextNumberAsync(Series, Year, None);
        });
        var third = await QueueAsync(sessions, 2, () => TakeAndCommitAsync(sessions));

        await first.CommitAsync(None).WaitAsync(Patience);

        Assert.Equal(2, await abandoned.WaitAsync(Patience));
        Assert.Equal(2, await third.WaitAsync(Patience));
        Assert.Equal(2, LastNumber(product));
    }

    [Fact]
    public async Task A_commit_that_fails_fails_every_session_of_the_group_and_saves_none()
    {
        await using var product = await TestProduct.StartAsync();
        RefuseCommitsOfSeries(product, "refused");
        var sessions = product.Get<PaperSessions>();
        await using var first = sessions.OpenSession();
        Assert.Equal(1, await first.NextNumberAsync(Series, Year, None));
        var refused = await QueueAsync(sessions, 1, async () =>
        {
            await using var session = sessions.OpenSession();
            await session.NextNumberAsync("refused", Year, None);
            return await Assert.ThrowsAsync<SqliteException>(() => session.CommitAsync(None));
        });

        var firstError = await Assert.ThrowsAsync<SqliteException>(() => first.CommitAsync(None).WaitAsync(Patience));

        Assert.Contains("FOREIGN KEY", firstError.Message, StringComparison.Ordinal);
        Assert.Contains("FOREIGN KEY", (await refused.WaitAsync(Patience)).Message, StringComparison.Ordinal);
        Assert.Null(LastNumber(product));
        // The writers go on: the next session takes the first number, which the group did not keep.
        await using var next = sessions.OpenSession();
        Assert.Equal(1, await next.NextNumberAsync(Series, Year, None));
        await next.CommitAsync(None);
        Assert.Equal(1, LastNumber(product));
    }

    [Fact]
    public async Task A_session_alone_commits_within_its_call_without_waiting_for_a_group()
    {
        await using var product = await TestProduct.StartAsync();
        await using var session = product.Get<PaperSessions>().OpenSession();
        await session.NextNumberAsync(Series, Year, None);

        // SQLite's statements run synchronously here, so a commit that waited for nothing has ended
        // when the call returns.
        var commit = session.CommitAsync(None);

        Assert.True(commit.IsCompletedSuccessfully);
        Assert.Equal(1, LastNumber(product));
    }

    // A change of the paper as any action makes one: an entry in its history, which moves its version on.
    private static void Note(IPaperSession session, Core.Papers.Paper paper) =>
        HistoryChain.Append(session, paper, TestProduct.DefaultNow, "system", "system", "note", paper.State, paper.State, new JsonObject());

    private static async Task<int> TakeAndCommitAsync(PaperSessions sessions)
    {
        await using var session = sessions.OpenSession();
        var number = await session.NextNumberAsync(Series, Year, None);
        await session.CommitAsync(None);
        return number;
    }

    // Starts a writer and returns once it waits for the turn, the given-th in line.
    private static async Task<Task<T>> QueueAsync<T>(PaperSessions sessions, int position, Func<Task<T>> writer)
    {
        var started = Task.Run(writer);
        await WaitingAsync(sessions, position);
        return started;
    }

    private static async Task WaitingAsync(PaperSessions sessions, int writers)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (sessions.Writes.Waiting < writers) await Task.Delay(1, patience.Token);
    }

    // The last number of the series as committed, seen from a connection of its own; null if none is.
    private static long? LastNumber(TestProduct product)
    {
        using var connection = PaperRowSql.Open(product.Database.ConnectionString);
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Last" FROM "NumberCounters" WHERE "Series" = 'DS' AND "Year" = 2030""";
        return command.ExecuteScalar() as long?;
    }

    // A foreign key checked at commit, which a number of the series breaks: the commit of a
    // transaction holding such a number fails, with the transaction left open for a rollback.
    private static void RefuseCommitsOfSeries(TestProduct product, string series)
    {
        using var connection = PaperRowSql.Open(product.Database.ConnectionString);
        PaperRowSql.Execute(connection, $"""
            CREATE TABLE "Refusals" ("Id" INTEGER PRIMARY KEY);
            CREATE TABLE "RefusedNumbers" ("Refusal" INTEGER REFERENCES "Refusals" ("Id") DEFERRABLE INITIALLY DEFERRED);
            CREATE TRIGGER "RefuseNumbers" AFTER INSERT ON "NumberCounters" WHEN NEW."Series" = '{series}'
            BEGIN INSERT INTO "RefusedNumbers" VALUES (1); END;
            """);
    }
}
