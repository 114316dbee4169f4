using Drucksachen.Core.Errors;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Papers;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Meetings;

/// <summary>
/// A meeting's history as each viewer may read it: an entry about a non-public item keeps only the
/// item's number for those who may not see the non-public part, members are named as on the meeting
/// page, and only staff learn which account acted.
/// </summary>
public class MeetingHistoryLineTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private const string SecretItem = "Personalangelegenheit Stellenbesetzung Jugendamt";

    private static async Task<CommitteeMeeting> HeldAsync()
    {
        var scenario = await CommitteeMeeting.PlannedAsync();
        var agenda = scenario.Get<PlanAgenda>();
        var added = await agenda.AddItemAsync(scenario.Meeting.Number, SecretItem, isPublic: false, CommitteeMeeting.Clerk, null, Ct);
        await agenda.RemoveAsync(scenario.Meeting.Number, added.Number, CommitteeMeeting.Clerk, null, Ct);
        await scenario.InviteAsync();
        scenario.Product.Clock.Set(Berlin.At(2022, 11, 3, 19));
        var record = scenario.Get<RecordMeeting>();
        await record.AttendAsync(scenario.Meeting.Number, ["becker", "wolf"], ["neumann"], CommitteeMeeting.Clerk, null, Ct);
        await record.RecordAsync(scenario.Meeting.Number, "N 2.1", new ItemRecord(Outcome.Noted, Note: "Verkauf an die Stadtwerke"), CommitteeMeeting.Clerk, null, Ct);
        return scenario;
    }

    [Theory]
    [InlineData(null)]
    [InlineData(DemoUsers.Fischer)]
    [InlineData("koch")]
    public async Task AnEntryAboutANonPublicItem_NamesOnlyItsNumber_ForThoseWhoMayNotSeeIt(string? user)
    {
        await using var scenario = await HeldAsync();
        var read = scenario.Get<ReadMeetings>();

        var lines = await read.HistoryAsync(await scenario.ReloadAsync(), await read.ViewerAsync(user, Ct), Ct);

        var everything = string.Join("\n", lines.Select(l => l.Details.ToJsonString()));
        foreach (var secret in new[] { CommitteeMeeting.SecretTitle, scenario.Secret.Number!, SecretItem, "Verkauf an die Stadtwerke", "mitglieder", Outcome.Noted })
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        Assert.Equal(["create", "schedule", "schedule", "add-item", "remove-item", "invite", "attend", "record"], lines.Select(l => l.Action));
        Assert.Equal([false, false, true, true, true, false, false, true], lines.Select(l => l.Withheld));
        Assert.Equal(["item", "supplement"], lines[2].Details.Select(p => p.Key));
        Assert.Equal(["N 2.1"], lines[^1].Details.Select(p => p.Value!.ToString()));
        Assert.Contains(scenario.Decision.Number!, lines[1].Details.ToJsonString(), StringComparison.Ordinal);
        // Only what the public part shows: the consultation's internal id is no part of it.
        Assert.False(lines[1].Details.ContainsKey("consultation"));
        Assert.All(lines, l => Assert.Null(l.Actor));
    }

    [Theory]
    [InlineData("becker", false)]
    [InlineData(DemoUsers.Clerk, true)]
    public async Task TheBodysMembersAndStaff_ReadEveryEntry_AndOnlyStaffWhoActed(string user, bool staff)
    {
        await using var scenario = await HeldAsync();
        var read = scenario.Get<ReadMeetings>();

        var lines = await read.HistoryAsync(await scenario.ReloadAsync(), await read.ViewerAsync(user, Ct), Ct);

        Assert.All(lines, l => Assert.False(l.Withheld));
        Assert.Equal(scenario.Secret.Number, lines[2].Details["paper"]?.ToString());
        Assert.Equal(SecretItem, lines[4].Details["title"]?.ToString());
        Assert.True(lines[1].Details.ContainsKey("consultation"));
        Assert.Equal("Verkauf an die Stadtwerke", lines[^1].Details["note"]?.ToString());
        Assert.Equal(2, lines.Single(l => l.Action == "invite").Details["documents"]!.AsArray().Count);
        Assert.All(lines, l => Assert.Equal(staff ? CommitteeMeeting.Clerk : null, l.Actor));
    }

    [Fact]
    public async Task Attendance_NamesTheMembersAsTheMeetingPageDoes_NotByTheirAccounts()
    {
        await using var scenario = await HeldAsync();

        var attend = (await scenario.Get<ReadMeetings>().HistoryAsync(await scenario.ReloadAsync(), null, Ct)).Single(l => l.Action == "attend");

        Assert.Equal(("[\"Maria Becker\",\"Thomas Wolf\"]", "[\"Klaus Neumann\"]"),
            (attend.Details["present"]!.ToJsonString(), attend.Details["excused"]!.ToJsonString()));
    }

    [Fact]
    public async Task TheHistoryOfAMeetingWithoutPublicPart_IsNotFoundForThePublic()
    {
        await using var product = await TestProduct.StartAsync();
        var meeting = await product.Get<CreateMeeting>().ExecuteAsync(new MeetingInput("dbob", "20.10.2022", DemoUsers.Clerk), Ct);
        var read = product.Get<ReadMeetings>();

        var hidden = await Assert.ThrowsAsync<DrucksachenException>(() => read.HistoryAsync(meeting, null, Ct));

        Assert.Equal(ErrorKind.NotFound, hidden.Kind);
        Assert.Single(await read.HistoryAsync(meeting, await read.ViewerAsync(DemoUsers.Approver, Ct), Ct));
    }
}
