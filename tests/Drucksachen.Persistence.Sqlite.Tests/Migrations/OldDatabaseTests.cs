using Drucksachen.Core.Actions;
using Drucksachen.Persistence.Accounts;
using Drucksachen.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Drucksachen.Persistence.Sqlite.Tests.Migrations;

/// <summary>
/// A database file written by an older product (OldDatabases/, made as its header says) is brought
/// up to date by today's start and keeps every paper, history entry, account and token: verify passes
/// on it, and the papers go on through their workflows.
/// </summary>
public sealed class OldDatabaseTests
{
    private const string Demo = "1803/22";
    private const string DraftTitle = "Sanierung des Spielplatzes am Nordstrand";
    private static readonly DateTimeOffset Now = Berlin.At(2026, 12, 7, 10);

    private static Task<TestProduct> StartOnAsync(string dump) =>
        TestProduct.StartAsync(Now, provider: DatabaseProviders.Sqlite, before: database => Load(database, dump));

    // The dump as sqlite3 wrote it, read statement by statement (the full-text tables it makes through writable_schema).
    private static void Load(TestDatabase database, string dump)
    {
        using var connection = new SqliteConnection(database.ConnectionString + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = File.ReadAllText(Path.Combine(Repository.Root, "tests", "Drucksachen.Persistence.Sqlite.Tests", "Migrations", "OldDatabases", dump));
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task Database_from_before_the_provider_split_and_the_state_commitments_migrates_and_verifies()
    {
        await using var product = await StartOnAsync("before-provider-split-and-state-commitments.sql");

        await using (var db = await product.Get<IDbContextFactory<DrucksachenDbContext>>().CreateDbContextAsync())
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Contains("20261206000000_HistoryStateCommitment", await db.Database.GetAppliedMigrationsAsync());
        }
        var verified = await product.VerifyAsync();
        Assert.True(verified.IsIntact, verified.FirstBroken?.Reason);
        Assert.Equal((2, 10, 2), (verified.Papers, verified.Entries, verified.Uncommitted));

        var demo = await product.FindAsync(Demo);
        Assert.Equal(("consultation", 2, "noted"), (demo.State, demo.Consultations.Count, demo.Consultations[0].Outcome));
        Assert.Equal(5, (await product.HistoryAsync(demo)).Count);
        var draft = Assert.Single(await product.ListAsync(), p => p.Title == DraftTitle);
        Assert.Equal("release", draft.State);
        Assert.Equal(["Jugendamt"], draft.Cosigners);
        Assert.Equal(["import", "timer:urgent", "timer:late", "submit", "cosign"], (await product.HistoryAsync(draft)).Select(e => e.Action));
        Assert.Equal("krause", (await product.Get<ApiTokenStore>().FindUserAsync("dst_rVKvFZBEQ-wzbVR6LDqy1qjS7a6PJKR7o8GHdpLReig", CancellationToken.None))?.UserName);
        Assert.Equal("Karin Lange", (await product.Get<Core.Users.IUserDirectory>().FindAsync("lange", CancellationToken.None))?.Name);
    }

    [Fact]
    public async Task Papers_of_a_database_from_before_the_state_commitments_go_on_and_are_proven_from_their_next_entry()
    {
        await using var product = await StartOnAsync("before-provider-split-and-state-commitments.sql");
        var draft = Assert.Single(await product.ListAsync(), p => p.Title == DraftTitle);

        await product.ActAsync(Demo, new ActionInput("record", DemoUsers.Clerk, Outcome: Core.Papers.Outcome.Noted));
        var released = await product.ActAsync(draft, new ActionInput("release", DemoUsers.Approver));

        var verified = await product.VerifyAsync();
        Assert.True(verified.IsIntact, verified.FirstBroken?.Reason);
        Assert.Equal((2, 12, 0), (verified.Papers, verified.Entries, verified.Uncommitted));
        Assert.Equal(("done", "consultation"), ((await product.FindAsync(Demo)).State, released.Paper.State));
        Assert.NotNull(released.Paper.Number);
    }
}
