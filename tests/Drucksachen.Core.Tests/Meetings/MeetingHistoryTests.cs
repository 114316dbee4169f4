using System.Data.Common;
using Drucksachen.Core.History;
using Drucksachen.Core.Meetings;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Meetings;

/// <summary>A meeting's history proves the meeting as stored, as a paper's does, and the database refuses to rewrite it.</summary>
public class MeetingHistoryTests
{
    private static int Execute(DbConnection db, string sql, string number)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@number";
        parameter.Value = number;
        command.Parameters.Add(parameter);
        return command.ExecuteNonQuery();
    }

    [Fact]
    public async Task Verify_FindsAMeetingChangedOutsideTheProduct()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        var before = await scenario.Product.VerifyAsync();
        Assert.True(before.IsIntact, before.FirstBroken?.Reason);
        Assert.Equal(1, before.Meetings);

        using (var db = scenario.Product.Database.OpenConnection())
            Assert.Equal(1, Execute(db, """UPDATE "Meetings" SET "Location" = 'Kaisersaal' WHERE "Number" = @number""", scenario.Meeting.Number));

        var after = await scenario.Product.VerifyAsync();
        var broken = Assert.Single(after.Broken);
        Assert.Equal($"meeting {scenario.Meeting.Number}", broken.Subject);
        Assert.Contains("date, time and place", broken.Reason);
    }

    [Fact]
    public async Task Verify_FindsARewrittenMeetingEntry_AndAReplacedInvitation()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        await scenario.InviteAsync();
        Assert.True((await scenario.Product.VerifyAsync()).IsIntact);

        using (var db = scenario.Product.Database.OpenConnection())
        {
            Assert.ThrowsAny<DbException>(() => Execute(db, """DELETE FROM "MeetingHistoryEntries" WHERE "Sequence" = 1 AND @number = @number""", scenario.Meeting.Number));
            Assert.ThrowsAny<DbException>(() => Execute(db, """UPDATE "MeetingDocuments" SET "Content" = "Content" WHERE @number = @number""", scenario.Meeting.Number));
            TestDatabase.AllowMeetingHistoryChanges(db);
            Assert.Equal(1, Execute(db, """
                UPDATE "MeetingHistoryEntries" SET "Actor" = 'horn'
                WHERE "Sequence" = 2 AND "MeetingId" = (SELECT "Id" FROM "Meetings" WHERE "Number" = @number)
                """, scenario.Meeting.Number));
        }

        var broken = Assert.Single((await scenario.Product.VerifyAsync()).Broken);
        Assert.Equal((2, $"meeting {scenario.Meeting.Number}"), (broken.Sequence, broken.Subject));
        Assert.Contains("altered", broken.Reason);
    }

    [Fact]
    public async Task EveryChange_IsOneEntry_ChainedAndCommittedToTheMeeting()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        await scenario.InviteAsync();
        var meeting = await scenario.ReloadAsync();

        var history = await scenario.Get<Core.Storage.IMeetingReads>().HistoryAsync(meeting.Id, CancellationToken.None);

        Assert.Equal(["create", "schedule", "schedule", "invite"], history.Select(e => e.Action));
        Assert.Equal(HistoryHasher.Genesis, history[0].PreviousHash);
        Assert.All(history.Skip(1).Zip(history), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.Equal((history[^1].Hash, history.Count), (meeting.HistoryHead, meeting.HistoryCount));
        Assert.Empty(MeetingState.Differences(meeting, history[^1].StateHash));
        Assert.Equal(("scheduled", "invited"), (history[^1].FromState, history[^1].ToState));
    }

    [Fact]
    public async Task Checkpoint_FindsAMeetingRemovedWithItsWholeHistory_WhichVerifyAloneCannot()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        var later = await scenario.Get<CreateMeeting>().ExecuteAsync(new MeetingInput("sag", "17.11.2022", CommitteeMeeting.Clerk), CancellationToken.None);
        var (verified, checkpoint) = await scenario.Get<VerifyHistory>().CheckpointAsync(CancellationToken.None);
        Assert.True(verified.IsIntact, verified.FirstBroken?.Reason);
        Assert.Equal((HistoryCheckpoint.CurrentFormat, 2, 4L), (checkpoint.Format, checkpoint.Meetings, checkpoint.MeetingEntries));
        var kept = CheckpointFile.Read(CheckpointFile.Write(checkpoint), "cp.json");
        var otherHeads = kept with { MeetingHash = new string('0', 64) };
        Assert.Contains("the entries of meetings made before the checkpoint of", (await scenario.Get<VerifyHistory>().ExecuteAsync(otherHeads, CancellationToken.None)).CheckpointMismatch);

        // The later meeting, with its whole history and the items its body starts every meeting with, as if it never was.
        using (var db = scenario.Product.Database.OpenConnection())
        {
            TestDatabase.AllowMeetingHistoryChanges(db);
            foreach (var table in new[] { "AgendaItems", "MeetingHistoryEntries" })
                Assert.True(Execute(db, $"""DELETE FROM "{table}" WHERE "MeetingId" = (SELECT "Id" FROM "Meetings" WHERE "Number" = @number)""", later.Number) > 0);
            Assert.Equal(1, Execute(db, """DELETE FROM "Meetings" WHERE "Number" = @number""", later.Number));
        }

        var alone = await scenario.Product.VerifyAsync();
        Assert.True(alone.IsIntact, alone.FirstBroken?.Reason);
        var against = await scenario.Get<VerifyHistory>().ExecuteAsync(kept, CancellationToken.None);
        Assert.False(against.IsIntact);
        Assert.Contains("covers 4 entries of 2 meetings, the history now holds 3 of 1 of them: entries of meetings made before the checkpoint were removed",
            against.CheckpointMismatch);
    }

    [Fact]
    public async Task Checkpoint_TakenBeforeMeetingsHadOne_StillHoldsThePapers()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        var (_, checkpoint) = await scenario.Get<VerifyHistory>().CheckpointAsync(CancellationToken.None);
        var papersOnly = $$"""
            {"format": "{{HistoryCheckpoint.PapersOnlyFormat}}", "at": "{{checkpoint.At:O}}", "lastEntryId": {{checkpoint.LastEntryId}},
             "papers": {{checkpoint.Papers}}, "entries": {{checkpoint.Entries}}, "hash": "{{checkpoint.Hash}}"}
            """;

        var held = await scenario.Get<VerifyHistory>().ExecuteAsync(CheckpointFile.Read(papersOnly, "cp.json"), CancellationToken.None);
        Assert.True(held.IsIntact, held.CheckpointMismatch);

        var forged = CheckpointFile.Read(papersOnly.Replace($"\"entries\": {checkpoint.Entries}", $"\"entries\": {checkpoint.Entries + 1}", StringComparison.Ordinal), "cp.json");
        Assert.Contains("entries made before the checkpoint were removed",
            (await scenario.Get<VerifyHistory>().ExecuteAsync(forged, CancellationToken.None)).CheckpointMismatch);
    }
}
