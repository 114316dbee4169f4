using Drucksachen.Core.Errors;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Storage;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Meetings;

public class AgendaTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private const string Clerk = CommitteeMeeting.Clerk;

    [Fact]
    public async Task NewMeeting_HasTheBodysStandardItems_AndPapersGroupedUnderTheirKind()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        var lines = AgendaNumbering.Lines(await scenario.ReloadAsync());

        Assert.Equal(
            ["Ö 1", "Ö 2", "Ö 3", "Ö 4", "Ö 4.1", "Ö 5", "Ö 6", "Ö 7", "N 1", "N 2", "N 2.1", "N 3", "N 4"],
            lines.Select(l => l.Number));
        Assert.Equal("Beschlussvorlagen", lines.Single(l => l.Number == "Ö 4").Heading);
        Assert.Equal(scenario.Decision.Id, lines.Single(l => l.Number == "Ö 4.1").Item!.PaperId);
        Assert.Equal(scenario.Secret.Id, lines.Single(l => l.Number == "N 2.1").Item!.PaperId);
        Assert.Equal("Genehmigung der Niederschrift der letzten Sitzung", lines.Single(l => l.Number == "Ö 3").Item!.Title);
    }

    [Fact]
    public async Task PaperOnTwoMeetings_IsRefused_UntilItIsRemovedFromTheFirst_ThenDueAgain()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        var agenda = scenario.Get<PlanAgenda>();
        var other = await scenario.Get<CreateMeeting>().ExecuteAsync(new MeetingInput("sag", "10.11.2022", Clerk), Ct);

        var twice = await Assert.ThrowsAsync<DrucksachenException>(() =>
            agenda.ScheduleAsync(other.Number, scenario.Decision.Number!, Clerk, ItemMarking.None, null, Ct));
        Assert.Equal(("paper-already-placed", ErrorKind.NotAllowed), (twice.Text?.Key, twice.Kind));
        Assert.DoesNotContain(await scenario.Get<IMeetingReads>().DueAsync("sag", Ct), d => d.PaperId == scenario.Decision.Id);

        await agenda.RemoveAsync(scenario.Meeting.Number, "Ö 4.1", Clerk, null, Ct);
        Assert.Contains(await scenario.Get<IMeetingReads>().DueAsync("sag", Ct), d => d.PaperId == scenario.Decision.Id);
        var moved = await agenda.ScheduleAsync(other.Number, scenario.Decision.Number!, Clerk, ItemMarking.None, null, Ct);

        Assert.Equal("Ö 4.1", moved.Number);
        Assert.Equal(new DateOnly(2022, 11, 10), (await scenario.Product.FindAsync(scenario.Decision)).Consultations.Single().Date);
        Assert.Equal(["schedule", "unschedule", "schedule"],
            (await scenario.Product.HistoryAsync(scenario.Decision)).Select(e => e.Action).Where(a => a.EndsWith("schedule", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ConcurrentPlacements_OfOnePaperOnTwoMeetings_ExactlyOneWins()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        var agenda = scenario.Get<PlanAgenda>();
        await agenda.RemoveAsync(scenario.Meeting.Number, "Ö 4.1", Clerk, null, Ct);
        var other = await scenario.Get<CreateMeeting>().ExecuteAsync(new MeetingInput("sag", "10.11.2022", Clerk), Ct);

        var results = await Task.WhenAll(new[] { scenario.Meeting.Number, other.Number }.Select(async number =>
        {
            try
            {
                await agenda.ScheduleAsync(number, scenario.Decision.Number!, Clerk, ItemMarking.None, null, Ct);
                return (ErrorKind?)null;
            }
            catch (DrucksachenException e)
            {
                return e.Kind;
            }
        }));

        Assert.Single(results, r => r is null);
        Assert.Contains(results, r => r is ErrorKind.Conflict or ErrorKind.NotAllowed);
        var placed = (await scenario.Get<IMeetingReads>().ListAsync(new MeetingQuery(), Ct))
            .SelectMany(m => m.Items).Count(i => i.PaperId == scenario.Decision.Id);
        Assert.Equal(1, placed);
        Assert.True((await scenario.Product.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task ItemsMove_WithinTheirPart_AndFreeItemsGoBeforeTheClosingItems()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        var agenda = scenario.Get<PlanAgenda>();

        var free = await agenda.AddItemAsync(scenario.Meeting.Number, "Bericht zur Kältehilfe", isPublic: true, Clerk, null, Ct);
        Assert.Equal("Ö 5", free.Number);
        var moved = await agenda.MoveAsync(scenario.Meeting.Number, "Ö 5", 1, Clerk, null, Ct);

        Assert.Equal("Ö 2", moved.Number);
        var lines = AgendaNumbering.Lines(await scenario.ReloadAsync());
        Assert.Equal("Änderungen der Tagesordnung", lines.Single(l => l.Number == "Ö 3").Item!.Title);
        Assert.Equal(scenario.Decision.Id, lines.Single(l => l.Number == "Ö 5.1").Item!.PaperId);
    }

    [Fact]
    public async Task StaleVersion_IsAConflict_AndChangesNothing()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        var stale = scenario.Meeting.Version;

        var conflict = await Assert.ThrowsAsync<DrucksachenException>(() =>
            scenario.Get<PlanAgenda>().AddItemAsync(scenario.Meeting.Number, "Sonstiges", true, Clerk, stale, Ct));

        Assert.Equal(ErrorKind.Conflict, conflict.Kind);
        Assert.Equal(scenario.Meeting.Items.Count + 2, (await scenario.ReloadAsync()).Items.Count);
    }

    [Fact]
    public async Task Cancelling_TakesThePapersOffTheAgenda_SoTheyAreDueAgain()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();

        var cancelled = await scenario.Get<CancelMeeting>().ExecuteAsync(scenario.Meeting.Number, "Beschlussunfähigkeit absehbar", Clerk, null, Ct);

        Assert.Equal((MeetingStates.Cancelled, "Beschlussunfähigkeit absehbar"), (cancelled.State, cancelled.CancelReason));
        Assert.DoesNotContain(cancelled.Items, i => i.PaperId is not null);
        Assert.Equal(2, (await scenario.Get<IMeetingReads>().DueAsync("sag", Ct)).Count);
        var after = await Assert.ThrowsAsync<DrucksachenException>(() =>
            scenario.Get<PlanAgenda>().AddItemAsync(scenario.Meeting.Number, "Nachtrag", true, Clerk, null, Ct));
        Assert.Equal("meeting-closed", after.Text?.Key);
        Assert.True((await scenario.Product.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task OnlyClerksAndAdmins_RunMeetings()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();

        var refused = await Assert.ThrowsAsync<DrucksachenException>(() =>
            scenario.Get<CreateMeeting>().ExecuteAsync(new MeetingInput("sag", "10.11.2022", DemoUsers.Approver), Ct));
        Assert.Equal(("meetings-clerks-only", ErrorKind.NotAllowed), (refused.Text?.Key, refused.Kind));
        await Assert.ThrowsAsync<DrucksachenException>(() =>
            scenario.Get<PlanAgenda>().RemoveAsync(scenario.Meeting.Number, "Ö 4.1", "becker", null, Ct));
    }
}
