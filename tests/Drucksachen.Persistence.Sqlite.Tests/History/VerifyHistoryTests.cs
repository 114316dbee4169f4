using System.Security.Cryptography;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Documents;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Workflow;
using Drucksachen.Testing;
using Microsoft.Data.Sqlite;

using Drucksachen.Persistence.Sqlite.Tests.TestSupport;

namespace Drucksachen.Persistence.Sqlite.Tests.History;

/// <summary>History is append-only, and any change made behind the product's back is found.</summary>
public class VerifyHistoryTests
{
    private static async Task<(TestProduct Product, Paper Untouched, Paper Target)> TwoPapersAsync()
    {
        var product = await TestProduct.StartAsync();
        var untouched = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));
        var target = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().With(p => p.Title = "Ziel").Build()));
        product.AfterMeetings(target);
        await product.ActAsync(target, new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Noted, Comment: "ohne Aussprache"));
        var before = await product.VerifyAsync();
        Assert.True(before.IsIntact, before.FirstBroken?.Reason);
        Assert.Equal((2, 4 + 5), (before.Papers, before.Entries));
        return (product, untouched, await product.FindAsync(target));
    }

    private static int Execute(SqliteConnection db, string sql, Guid paperId = default, int sequence = 0)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@paper", paperId.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("@sequence", sequence);
        return command.ExecuteNonQuery();
    }

    [Fact]
    public async Task Verify_ReportsThePaperAndEntry_WhoseDetailsWereChanged()
    {
        var (product, _, target) = await TwoPapersAsync();
        await using var _ = product;

        using (var db = PaperRowSql.Open(product.Database.ConnectionString))
        {
            Execute(db, "DROP TRIGGER HistoryEntries_NoUpdate");
            var changed = Execute(db, """
                UPDATE HistoryEntries SET Details = replace(Details, 'ohne Aussprache', 'mit Aussprache')
                WHERE upper(PaperId) = @paper AND Sequence = @sequence
                """, target.Id, 5);
            Assert.Equal(1, changed);
        }

        var result = await product.VerifyAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(target.Id, result.FirstBroken!.PaperId);
        Assert.Equal(target.Number, result.FirstBroken.Number);
        Assert.Equal(5, result.FirstBroken.Sequence);
        Assert.Contains("altered", result.FirstBroken.Reason);
    }

    [Fact]
    public async Task Verify_ReportsAChangedEntryInTheMiddleOfTheChain()
    {
        var (product, _, target) = await TwoPapersAsync();
        await using var _ = product;

        using (var db = PaperRowSql.Open(product.Database.ConnectionString))
        {
            Execute(db, "DROP TRIGGER HistoryEntries_NoUpdate");
            Assert.Equal(1, Execute(db, "UPDATE HistoryEntries SET Actor = 'horn' WHERE upper(PaperId) = @paper AND Sequence = @sequence", target.Id, 2));
        }

        var result = await product.VerifyAsync();

        Assert.Equal((target.Id, 2), (result.FirstBroken!.PaperId, result.FirstBroken.Sequence));
    }

    [Fact]
    public async Task Verify_DetectsTheDeletedLastEntry_ThroughTheAnchorOnThePaper()
    {
        var (product, _, target) = await TwoPapersAsync();
        await using var _ = product;

        using (var db = PaperRowSql.Open(product.Database.ConnectionString))
        {
            Execute(db, "DROP TRIGGER HistoryEntries_NoDelete");
            Assert.Equal(1, Execute(db, "DELETE FROM HistoryEntries WHERE upper(PaperId) = @paper AND Sequence = @sequence", target.Id, 5));
        }

        var result = await product.VerifyAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(target.Id, result.FirstBroken!.PaperId);
        Assert.Equal(5, result.FirstBroken.Sequence);
        Assert.Contains("removed", result.FirstBroken.Reason);
    }

    [Fact]
    public async Task UpdateAndDeleteOfHistoryEntries_FailWhileTheTriggersAreInPlace()
    {
        var (product, untouched, target) = await TwoPapersAsync();
        await using var _ = product;

        using (var db = PaperRowSql.Open(product.Database.ConnectionString))
        {
            var update = Assert.Throws<SqliteException>(() =>
                Execute(db, "UPDATE HistoryEntries SET Details = '{}' WHERE upper(PaperId) = @paper", target.Id));
            Assert.Contains("append-only", update.Message);
            var delete = Assert.Throws<SqliteException>(() =>
                Execute(db, "DELETE FROM HistoryEntries WHERE upper(PaperId) = @paper AND Sequence = @sequence", untouched.Id, 4));
            Assert.Contains("append-only", delete.Message);
            var document = Assert.Throws<SqliteException>(() => Execute(db, "DELETE FROM DocumentVersions"));
            Assert.Contains("immutable", document.Message);
        }

        var result = await product.VerifyAsync();
        Assert.True(result.IsIntact, result.FirstBroken?.Reason);
        Assert.Equal(9, result.Entries);
    }

    // ---- the paper's data against the state its newest entry commits to ----------------------

    [Theory]
    [InlineData("UPDATE Papers SET Title = 'Anderer Titel' WHERE upper(Id) = @paper", "title")]
    [InlineData("UPDATE Papers SET Number = '9999/22' WHERE upper(Id) = @paper", "number")]
    [InlineData("UPDATE Papers SET State = 'done', IsFinished = 1 WHERE upper(Id) = @paper", "workflow state")]
    [InlineData("UPDATE Papers SET IsPublic = 1 - IsPublic WHERE upper(Id) = @paper", "public flag")]
    [InlineData("UPDATE Consultations SET Outcome = 'approved' WHERE upper(PaperId) = @paper AND Outcome IS NOT NULL", "consultations")]
    [InlineData("UPDATE Consultations SET Vote = '30/0/0' WHERE upper(PaperId) = @paper AND Outcome IS NOT NULL", "consultations")]
    public async Task Verify_ReportsAPaperChangedInTheDatabaseFile_NamingWhatDiffers(string sql, string differs)
    {
        var (product, untouched, target) = await TwoPapersAsync();
        await using var _ = product;

        using (var db = PaperRowSql.Open(product.Database.ConnectionString))
            Assert.Equal(1, Execute(db, sql, target.Id));

        var result = await product.VerifyAsync();

        Assert.False(result.IsIntact);
        var broken = Assert.Single(result.Broken);
        Assert.Equal((target.Id, 5), (broken.PaperId, broken.Sequence));
        Assert.StartsWith($"{differs} of the paper differs from the state its history records at entry 5", broken.Reason);
        Assert.DoesNotContain(result.Broken, b => b.PaperId == untouched.Id);
    }

    [Fact]
    public async Task Verify_ReportsAReplacedPdf_EvenWithItsStoredChecksumReplacedToo()
    {
        var (product, _, target) = await TwoPapersAsync();
        await using var _ = product;
        byte[] forged = "%PDF-1.7 gefälscht"u8.ToArray();

        using (var db = PaperRowSql.Open(product.Database.ConnectionString))
        {
            Execute(db, "DROP TRIGGER DocumentVersions_NoUpdate");
            using var command = db.CreateCommand();
            command.CommandText = "UPDATE DocumentVersions SET Content = @content, Sha512 = @sha, Size = @size WHERE upper(PaperId) = @paper AND Version = 1";
            command.Parameters.AddWithValue("@content", forged);
            command.Parameters.AddWithValue("@sha", Convert.ToHexStringLower(SHA512.HashData(forged)));
            command.Parameters.AddWithValue("@size", forged.Length);
            command.Parameters.AddWithValue("@paper", target.Id.ToString().ToUpperInvariant());
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var broken = Assert.Single((await product.VerifyAsync()).Broken);

        Assert.Equal(target.Id, broken.PaperId);
        Assert.Contains("document version 1", broken.Reason);
        Assert.Contains("the PDF was replaced", broken.Reason);
    }

    [Fact]
    public async Task Verify_ReportsAPdfMarkedFinalThatItsHistoryDoesNotRecordAsFinal()
    {
        var (product, _, target) = await TwoPapersAsync();
        await using var _ = product;

        using (var db = PaperRowSql.Open(product.Database.ConnectionString))
        {
            Execute(db, "DROP TRIGGER DocumentVersions_NoUpdate");
            Assert.Equal(1, Execute(db, "UPDATE DocumentVersions SET IsFinal = 1 WHERE upper(PaperId) = @paper AND Version = 1", target.Id));
        }

        var broken = Assert.Single((await product.VerifyAsync()).Broken);

        Assert.Equal(target.Id, broken.PaperId);
        Assert.Contains("document version 1 (", broken.Reason);
        Assert.Contains("not named or marked final as its history records", broken.Reason);
    }

    [Fact]
    public async Task Verify_ReportsADeletedPdf_ThatItsHistoryRecords()
    {
        var (product, _, target) = await TwoPapersAsync();
        await using var _ = product;

        using (var db = PaperRowSql.Open(product.Database.ConnectionString))
        {
            Execute(db, "DROP TRIGGER DocumentVersions_NoDelete");
            Assert.Equal(1, Execute(db, "DELETE FROM DocumentVersions WHERE upper(PaperId) = @paper AND Version = 1", target.Id));
        }

        var broken = Assert.Single((await product.VerifyAsync()).Broken);

        Assert.Equal(target.Id, broken.PaperId);
        Assert.Equal("document version 1 recorded in the history is missing", broken.Reason);
    }

    [Fact]
    public async Task Verify_ReportsTheNewestEntryDeleted_TogetherWithThePapersStoredHeadAndCount()
    {
        var (product, _, target) = await TwoPapersAsync();
        await using var _ = product;

        using (var db = PaperRowSql.Open(product.Database.ConnectionString))
            RemoveNewestEntry(db, target.Id, 5);

        var broken = Assert.Single((await product.VerifyAsync()).Broken);

        Assert.Equal((target.Id, 4), (broken.PaperId, broken.Sequence));
        Assert.StartsWith("workflow state, consultations of the paper differ from the state its history records at entry 4", broken.Reason);
    }

    // ---- checkpoints -----------------------------------------------------------------------

    [Fact]
    public async Task Checkpoint_FindsTheNewestEntryRemovedWithEverythingThatAnchorsIt_WhichVerifyAloneCannot()
    {
        var (product, _, target) = await TwoPapersAsync();
        await using var _ = product;
        // A rendering changes no fact of the paper: removing it with its PDF leaves a consistent database.
        var (_, rendered, _) = await product.Get<RenderPaper>().ExecuteAsync(target.Id.ToString(), null, CancellationToken.None);
        var (verified, checkpoint) = await product.Get<VerifyHistory>().CheckpointAsync(CancellationToken.None);
        Assert.True(verified.IsIntact);
        Assert.Equal((2, 10L), (checkpoint.Papers, checkpoint.Entries));

        using (var db = PaperRowSql.Open(product.Database.ConnectionString))
        {
            RemoveNewestEntry(db, target.Id, 6);
            Execute(db, "DROP TRIGGER DocumentVersions_NoDelete");
            Assert.Equal(1, Execute(db, "DELETE FROM DocumentVersions WHERE upper(PaperId) = @paper AND Version = @sequence", target.Id, rendered.Version));
        }

        Assert.True((await product.VerifyAsync()).IsIntact);
        var against = await product.Get<VerifyHistory>().ExecuteAsync(CheckpointFile.Read(CheckpointFile.Write(checkpoint), "cp.json"), CancellationToken.None);

        Assert.False(against.IsIntact);
        Assert.Empty(against.Broken);
        Assert.Contains("covers 10 entries of 2 papers, the history now holds 9 of 2 of them: entries made before the checkpoint were removed", against.CheckpointMismatch);
    }

    [Fact]
    public async Task Checkpoint_HoldsWhileEntriesAreAddedAfterIt()
    {
        var (product, untouched, _) = await TwoPapersAsync();
        await using var _ = product;
        var (_, checkpoint) = await product.Get<VerifyHistory>().CheckpointAsync(CancellationToken.None);

        await product.ActAsync(untouched, new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Noted));
        await product.ImportAsync(PaperMarkdown.Information().Build());

        var result = await product.Get<VerifyHistory>().ExecuteAsync(checkpoint, CancellationToken.None);
        Assert.True(result.IsIntact, result.CheckpointMismatch ?? result.FirstBroken?.Reason);
        Assert.Equal((3, 11), (result.Papers, result.Entries));
    }

    [Fact]
    public async Task Checkpoint_FindsAHistoryRewrittenBeforeIt_WithEveryHashRecomputed()
    {
        var (product, _, target) = await TwoPapersAsync();
        await using var _ = product;
        var (_, checkpoint) = await product.Get<VerifyHistory>().CheckpointAsync(CancellationToken.None);

        using (var db = PaperRowSql.Open(product.Database.ConnectionString))
            await RechainAsync(product, db, target, e => Set(e, nameof(HistoryEntry.Actor), "jemand"));

        Assert.True((await product.VerifyAsync()).IsIntact);
        var result = await product.Get<VerifyHistory>().ExecuteAsync(checkpoint, CancellationToken.None);
        Assert.Contains("no longer hash to what it records: the history before it was rewritten", result.CheckpointMismatch);
    }

    // ---- papers whose history predates state commitments -----------------------------------

    [Fact]
    public async Task APaperWithHistoryFromBeforeStateCommitments_VerifiesAsUncommitted_AndIsProvenFromItsNextEntryOn()
    {
        var (product, untouched, target) = await TwoPapersAsync();
        await using var _ = product;
        using (var db = PaperRowSql.Open(product.Database.ConnectionString))
            await RechainAsync(product, db, untouched, e => Set(e, nameof(HistoryEntry.StateHash), null));

        var before = await product.VerifyAsync();
        Assert.True(before.IsIntact, before.FirstBroken?.Reason);
        Assert.Equal(1, before.Uncommitted);

        await product.ActAsync(untouched, new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Noted));
        var after = await product.VerifyAsync();
        Assert.True(after.IsIntact, after.FirstBroken?.Reason);
        Assert.Equal(0, after.Uncommitted);
        using (var db = PaperRowSql.Open(product.Database.ConnectionString))
            Execute(db, "UPDATE Papers SET IsPublic = 1 - IsPublic WHERE upper(Id) = @paper", untouched.Id);
        Assert.Equal(untouched.Id, (await product.VerifyAsync()).FirstBroken?.PaperId);
    }

    [Fact]
    public async Task AnEntryWithoutStateCommitmentAfterOnesWithIt_IsReported()
    {
        var (product, _, target) = await TwoPapersAsync();
        await using var _ = product;
        using (var db = PaperRowSql.Open(product.Database.ConnectionString))
            await RechainAsync(product, db, target, e => { if (e.Sequence == 5) Set(e, nameof(HistoryEntry.StateHash), null); });

        var broken = Assert.Single((await product.VerifyAsync()).Broken);

        Assert.Equal((target.Id, 5), (broken.PaperId, broken.Sequence));
        Assert.Contains("carries no state commitment", broken.Reason);
    }

    /// <summary>Deletes the paper's newest entry and sets its head and count back, as an attacker with the file would.</summary>
    private static void RemoveNewestEntry(SqliteConnection db, Guid paper, int sequence)
    {
        Execute(db, "DROP TRIGGER IF EXISTS HistoryEntries_NoDelete");
        Assert.Equal(1, Execute(db, "DELETE FROM HistoryEntries WHERE upper(PaperId) = @paper AND Sequence = @sequence", paper, sequence));
        Assert.Equal(1, Execute(db, """
            UPDATE Papers SET HistoryCount = @sequence - 1, Version = Version - 1,
                HistoryHead = (SELECT Hash FROM HistoryEntries WHERE upper(PaperId) = @paper AND Sequence = @sequence - 1)
            WHERE upper(Id) = @paper
            """, paper, sequence));
    }

    /// <summary>
    /// Changes the paper's entries and recomputes every hash of its chain and its head, as an
    /// attacker who knows the hashing would: nothing in the database alone shows it.
    /// </summary>
    private static async Task RechainAsync(TestProduct product, SqliteConnection db, Paper paper, Action<HistoryEntry> change)
    {
        Execute(db, "DROP TRIGGER IF EXISTS HistoryEntries_NoUpdate");
        var previous = HistoryHasher.Genesis;
        foreach (var entry in await product.HistoryAsync(paper))
        {
            change(entry);
            Set(entry, nameof(HistoryEntry.PreviousHash), previous);
            previous = HistoryHasher.Hash(entry);
            using var command = db.CreateCommand();
            command.CommandText = "UPDATE HistoryEntries SET Actor = @actor, StateHash = @state, PreviousHash = @previous, Hash = @hash WHERE Id = @id";
            command.Parameters.AddWithValue("@actor", entry.Actor);
            command.Parameters.AddWithValue("@state", (object?)entry.StateHash ?? DBNull.Value);
            command.Parameters.AddWithValue("@previous", entry.PreviousHash);
            command.Parameters.AddWithValue("@hash", previous);
            command.Parameters.AddWithValue("@id", entry.Id);
            Assert.Equal(1, command.ExecuteNonQuery());
        }
        using var head = db.CreateCommand();
        head.CommandText = "UPDATE Papers SET HistoryHead = @hash WHERE upper(Id) = @paper";
        head.Parameters.AddWithValue("@hash", previous);
        head.Parameters.AddWithValue("@paper", paper.Id.ToString().ToUpperInvariant());
        Assert.Equal(1, head.ExecuteNonQuery());
    }

    private static void Set(HistoryEntry entry, string property, string? value) =>
        typeof(HistoryEntry).GetProperty(property)!.SetValue(entry, value);
}
