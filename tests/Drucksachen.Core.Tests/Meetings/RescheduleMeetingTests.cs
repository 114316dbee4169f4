using System.Text.Json.Nodes;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Storage;

namespace Drucksachen.Core.Tests.Meetings;

public class RescheduleMeetingTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private const string Clerk = CommitteeMeeting.Clerk;

    [Fact]
    public async Task Moving_before_the_invitation_takes_the_papers_on_the_agenda_to_the_new_day()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        var number = scenario.Meeting.Number;

        var moved = await scenario.Get<RescheduleMeeting>().ExecuteAsync(number,
            new MeetingChange("10.11.2022", "17:30", "19:30", "Kulturhaus Erfurt, Saal 2"), Clerk, (await scenario.ReloadAsync()).Version, Ct);

        var meeting = await scenario.ReloadAsync();
        Assert.Equal((number, new DateOnly(2022, 11, 10), new TimeOnly(17, 30), (TimeOnly?)new TimeOnly(19, 30), "Kulturhaus Erfurt, Saal 2"),
            (meeting.Number, meeting.Date, meeting.Start, meeting.End, meeting.Location));
        Assert.Equal(moved.Version, meeting.Version);
        foreach (var paper in new[] { scenario.Decision, scenario.Secret })
        {
            Assert.Equal(new DateOnly(2022, 11, 10), (await scenario.Product.FindAsync(paper)).Consultations.Single().Date);
            var entry = (await scenario.Product.HistoryAsync(paper))[^1];
            Assert.Equal("reschedule", entry.Action);
            var details = JsonNode.Parse(entry.Details)!;
            Assert.Equal(("2022-11-03", "2022-11-10", number), (details["from"]!.ToString(), details["meeting"]!.ToString(), details["agenda"]!.ToString()));
        }
        var history = await scenario.Get<IMeetingReads>().HistoryAsync(meeting.Id, Ct);
        var last = history[^1];
        Assert.Equal("reschedule", last.Action);
        var recorded = JsonNode.Parse(last.Details)!;
        Assert.Equal(("2022-11-10", "17:30", "2022-11-03"), (recorded["date"]!.ToString(), recorded["start"]!.ToString(), recorded["previous"]!["date"]!.ToString()));
        Assert.True((await scenario.Product.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task A_day_for_which_a_placed_paper_comes_too_late_is_refused_naming_the_items_and_nothing_moves()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        var before = await scenario.ReloadAsync();

        var refused = await Assert.ThrowsAsync<DrucksachenException>(() => scenario.Get<RescheduleMeeting>().ExecuteAsync(before.Number,
            new MeetingChange("14.10.2022"), Clerk, null, Ct));

        Assert.Equal((ErrorKind.NotAllowed, "moved-papers-late"), (refused.Kind, refused.Text?.Key));
        Assert.Contains(scenario.Decision.Number!, refused.Message);
        Assert.Contains(scenario.Secret.Number!, refused.Message);
        var after = await scenario.ReloadAsync();
        Assert.Equal((before.Date, before.Version), (after.Date, after.Version));
        Assert.Equal(new DateOnly(2022, 11, 3), (await scenario.Product.FindAsync(scenario.Decision)).Consultations.Single().Date);
    }

    [Fact]
    public async Task Once_the_invitation_is_out_the_meeting_is_not_moved()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        await scenario.InviteAsync();

        var refused = await Assert.ThrowsAsync<DrucksachenException>(() => scenario.Get<RescheduleMeeting>().ExecuteAsync(scenario.Meeting.Number,
            new MeetingChange(Location: "Kulturhaus Erfurt"), Clerk, null, Ct));

        Assert.Equal((ErrorKind.NotAllowed, "meeting-invited-not-moved"), (refused.Kind, refused.Text?.Key));
        Assert.Equal("Rathaus, Fischmarkt 1, Raum 225", (await scenario.ReloadAsync()).Location);
    }

    [Theory]
    [InlineData("05.01.2023", null, null, "date", "meeting-other-year")]
    [InlineData("03.11.2022", null, null, "date", "nothing-to-move")]
    [InlineData(null, "20:00", "19:00", "end", "end-before-start")]
    [InlineData("31.11.2022", null, null, "date", "not-a-date")]
    public async Task Bad_input_is_refused_naming_its_field(string? date, string? start, string? end, string field, string key)
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        var version = (await scenario.ReloadAsync()).Version;

        var refused = await Assert.ThrowsAsync<InputException>(() => scenario.Get<RescheduleMeeting>().ExecuteAsync(scenario.Meeting.Number,
            new MeetingChange(date, start, end), Clerk, null, Ct));

        Assert.Equal((field, key), (refused.Field, refused.Text?.Key));
        Assert.Equal(version, (await scenario.ReloadAsync()).Version);
    }
}
