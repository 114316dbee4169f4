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
}
