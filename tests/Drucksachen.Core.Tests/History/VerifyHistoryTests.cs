using System.Data.Common;
using System.Security.Cryptography;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Documents;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Workflow;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.History;

/// <summary>
/// History is append-only, and any change made behind the product's back is found, on every provider.
/// The changes are SQL both providers read (quoted names, @parameters, papers found by their number),
/// on a connection of the test's own, with the database's protection lifted as its owner could.
/// </summary>
public class VerifyHistoryTests
{
    // The rows of the paper numbered @paper (its id is text on SQLite, a uuid on PostgreSQL).
    private const string OfPaper = """ "PaperId" = (SELECT "Id" FROM "Papers" WHERE "Number" = @paper) """;

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

    /// <summary>Runs <paramref name="sql"/> with @paper the paper's number, @sequence and further parameters.</summary>
    private static int Execute(DbConnection db, string sql, Paper? paper = null, int sequence = 0, params (string Name, object? Value)[] more)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in more.Append(("@paper", paper?.Number)).Append(("@sequence", sequence)))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command.ExecuteNonQuery();
    }

    [Fact]
    public async Task Verify_ReportsThePaperAndEntry_WhoseDetailsWereChanged()
    {
        var (product, _, target) = await TwoPapersAsync();
        await using var _ = product;

        using (var db = product.Database.OpenConnection())
        {
            TestDatabase.AllowHistoryChanges(db);
            var changed = Execute(db, $"""
                UPDATE "HistoryEntries" SET "Details" = replace("Details", 'ohne Aussprache', 'mit Aussprache')
                WHERE {OfPaper} AND "Sequence" = @sequence
                """, target, 5);
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

        using (var db = product.Database.OpenConnection())
        {
            TestDatabase.AllowHistoryChanges(db);
            Assert.Equal(1, Execute(db, $"""UPDATE "HistoryEntries" SET "Actor" = 'horn' WHERE {OfPaper} AND "Sequence" = @sequence""", target, 2));
        }

        var result = await product.VerifyAsync();

        Assert.Equal((target.Id, 2), (result.FirstBroken!.PaperId, result.FirstBroken.Sequence));
    }

    [Fact]
    public async Task Verify_DetectsTheDeletedLastEntry_ThroughTheAnchorOnThePaper()
    {
        var (product, _, target) = await TwoPapersAsync();
        await using var _ = product;

        using (var db = product.Database.OpenConnection())
        {
            TestDatabase.AllowHistoryChanges(db);
            Assert.Equal(1, Execute(db, $"""DELETE FROM "HistoryEntries" WHERE {OfPaper} AND "Sequence" = @sequence""", target, 5));
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

        using (var db = product.Database.OpenConnection())
        {
            var update = Assert.ThrowsAny<DbException>(() =>
                Execute(db, $$"""UPDATE "HistoryEntries" SET "Details" = '{}' WHERE {{OfPaper}}""", target));
            Assert.Contains("append-only", update.Message);
            var delete = Assert.ThrowsAny<DbException>(() =>
                Execute(db, $"""DELETE FROM "HistoryEntries" WHERE {OfPaper} AND "Sequence" = @sequence""", untouched, 4));
            Assert.Contains("append-only", delete.Message);
            var document = Assert.ThrowsAny<DbException>(() => Execute(db, """DELETE FROM "DocumentVersions" """));
            Assert.Contains("immutable", document.Message);
        }

        var result = await product.VerifyAsync();
        Assert.True(result.IsIntact, result.FirstBroken?.Reason);
        Assert.Equal(9, result.Entries);
    }

    // ---- the paper's data against the state its newest entry commits to ----------------------

    [Theory]
    [InlineData("""UPDATE "Papers" SET "Title" = 'Anderer Titel' WHERE "Number" = @paper""", "title")]
    [InlineData("""UPDATE "Papers" SET "Number" = '9999/22' WHERE "Number" = @paper""", "number")]
    [InlineData("""UPDATE "Papers" SET "State" = 'done', "IsFinished" = TRUE WHERE "Number" = @paper""", "workflow state")]
    [InlineData("""UPDATE "Papers" SET "IsPublic" = NOT "IsPublic" WHERE "Number" = @paper""", "public flag")]
    [InlineData("""UPDATE "Consultations" SET "Outcome" = 'approved' WHERE "PaperId" = (SELECT "Id" FROM "Papers" WHERE "Number" = @paper) AND "Outcome" IS NOT NULL""", "consultations")]
    [InlineData("""UPDATE "Consultations" SET "Vote" = '30/0/0' WHERE "PaperId" = (SELECT "Id" FROM "Papers" WHERE "Number" = @paper) AND "Outcome" IS NOT NULL""", "consultations")]
    public async Task Verify_ReportsAPaperChangedInTheDatabaseFile_NamingWhatDiffers(string sql, string differs)
    {
        var (product, untouched, target) = await TwoPapersAsync();
        await using var _ = product;

        using (var db = product.Database.OpenConnection())
            Assert.Equal(1, Execute(db, sql, target));

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

        using (var db = product.Database.OpenConnection())
        {
            TestDatabase.AllowDocumentChanges(db);
            Assert.Equal(1, Execute(db, $"""
                UPDATE "DocumentVersions" SET "Content" = @content, "Sha512" = @sha, "Size" = @size WHERE {OfPaper} AND "Version" = 1
                """, target, more: [("@content", forged), ("@sha", Convert.ToHexStringLower(SHA512.HashData(forged))), ("@size", (long)forged.Length)]));
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

        using (var db = product.Database.OpenConnection())
        {
            TestDatabase.AllowDocumentChanges(db);
            Assert.Equal(1, Execute(db, $"""UPDATE "DocumentVersions" SET "IsFinal" = TRUE WHERE {OfPaper} AND "Version" = 1""", target));
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

        using (var db = product.Database.OpenConnection())
        {
            TestDatabase.AllowDocumentChanges(db);
            Assert.Equal(1, Execute(db, $"""DELETE FROM "DocumentVersions" WHERE {OfPaper} AND "Version" = 1""", target));
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

        using (var db = product.Database.OpenConnection())
            RemoveNewestEntry(db, target, 5);

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

        using (var db = product.Database.OpenConnection())
        {
            RemoveNewestEntry(db, target, 6);
            TestDatabase.AllowDocumentChanges(db);
            Assert.Equal(1, Execute(db, $"""DELETE FROM "DocumentVersions" WHERE {OfPaper} AND "Version" = @sequence""", target, rendered.Version));
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

        using (var db = product.Database.OpenConnection())
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
        using (var db = product.Database.OpenConnection())
            await RechainAsync(product, db, untouched, e => Set(e, nameof(HistoryEntry.StateHash), null));

        var before = await product.VerifyAsync();
        Assert.True(before.IsIntact, before.FirstBroken?.Reason);
        Assert.Equal(1, before.Uncommitted);

        await product.ActAsync(untouched, new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Noted));
        var after = await product.VerifyAsync();
        Assert.True(after.IsIntact, after.FirstBroken?.Reason);
        Assert.Equal(0, after.Uncommitted);
        using (var db = product.Database.OpenConnection())
            Execute(db, """UPDATE "Papers" SET "IsPublic" = NOT "IsPublic" WHERE "Number" = @paper""", untouched);
        Assert.Equal(untouched.Id, (await product.VerifyAsync()).FirstBroken?.PaperId);
    }

    [Fact]
    public async Task AnEntryWithoutStateCommitmentAfterOnesWithIt_IsReported()
    {
        var (product, _, target) = await TwoPapersAsync();
        await using var _ = product;
        using (var db = product.Database.OpenConnection())
            await RechainAsync(product, db, target, e => { if (e.Sequence == 5) Set(e, nameof(HistoryEntry.StateHash), null); });

        var broken = Assert.Single((await product.VerifyAsync()).Broken);

        Assert.Equal((target.Id, 5), (broken.PaperId, broken.Sequence));
        Assert.Contains("carries no state commitment", broken.Reason);
    }

    /// <summary>Deletes the paper's newest entry and sets its head and count back, as an attacker with the database would.</summary>
    private static void RemoveNewestEntry(DbConnection db, Paper paper, int sequence)
    {
        TestDatabase.AllowHistoryChanges(db);
        Assert.Equal(1, Execute(db, $"""DELETE FROM "HistoryEntries" WHERE {OfPaper} AND "Sequence" = @sequence""", paper, sequence));
        Assert.Equal(1, Execute(db, $"""
            UPDATE "Papers" SET "HistoryCount" = @sequence - 1, "Version" = "Version" - 1,
                "HistoryHead" = (SELECT "Hash" FROM "HistoryEntries" WHERE {OfPaper} AND "Sequence" = @sequence - 1)
            WHERE "Number" = @paper
            """, paper, sequence));
    }

    /// <summary>
    /// Changes the paper's entries and recomputes every hash of its chain and its head, as an
    /// attacker who knows the hashing would: nothing in the database alone shows it.
    /// </summary>
    private static async Task RechainAsync(TestProduct product, DbConnection db, Paper paper, Action<HistoryEntry> change)
    {
        TestDatabase.AllowHistoryChanges(db);
        var previous = HistoryHasher.Genesis;
        foreach (var entry in await product.HistoryAsync(paper))
        {
            change(entry);
            Set(entry, nameof(HistoryEntry.PreviousHash), previous);
            previous = HistoryHasher.Hash(entry);
            Assert.Equal(1, Execute(db, """
                UPDATE "HistoryEntries" SET "Actor" = @actor, "StateHash" = @state, "PreviousHash" = @previous, "Hash" = @hash WHERE "Id" = @id
                """, more: [("@actor", entry.Actor), ("@state", entry.StateHash), ("@previous", entry.PreviousHash), ("@hash", previous), ("@id", entry.Id)]));
        }
        Assert.Equal(1, Execute(db, """UPDATE "Papers" SET "HistoryHead" = @hash WHERE "Number" = @paper""", paper, more: [("@hash", previous)]));
    }

    private static void Set(HistoryEntry entry, string property, string? value) =>
        typeof(HistoryEntry).GetProperty(property)!.SetValue(entry, value);
}
