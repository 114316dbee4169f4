using Drucksachen.Core.Meetings;
using Drucksachen.Core.Papers;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Meetings;

/// <summary>The minutes name who took them: the clerk who closes the meeting, under the body's chair.</summary>
public class CloseMeetingTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [InlineData(DemoUsers.Clerk, "Sabine Krause")]
    [InlineData("admin", "Administration")]
    public async Task Minutes_NameTheClerkWhoClosesTheMeeting_AsMinuteTaker_UnderTheChair(string closer, string name)
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        await scenario.InviteAsync();
        scenario.Product.Clock.Set(Berlin.At(2022, 11, 3, 19));
        var record = scenario.Get<RecordMeeting>();
        var number = scenario.Meeting.Number;
        await record.AttendAsync(number, ["becker", "wolf", "richter"], ["neumann"], CommitteeMeeting.Clerk, null, Ct);
        await record.RecordAsync(number, "Ö 4.1", new ItemRecord(Outcome.Approved, "einstimmig"), CommitteeMeeting.Clerk, null, Ct);
        await record.RecordAsync(number, "N 2.1", new ItemRecord(Outcome.Noted), CommitteeMeeting.Clerk, null, Ct);

        await scenario.Get<CloseMeeting>().ExecuteAsync(number, closer, "19:30", null, Ct);

        var (publicMinutes, membersMinutes) = await scenario.NewestAsync(MeetingDocumentKinds.Minutes);
        foreach (var minutes in new[] { publicMinutes, membersMinutes })
        {
            Assert.True(PdfText.Contains(minutes, $"Vorsitz: Karin Landgraf Schriftführung: {name}"), PdfText.Of(minutes));
            Assert.True(PdfText.Contains(minutes, $"Karin Landgraf {name} Vorsitz Schriftführung"), "both sign: " + PdfText.Of(minutes));
        }
    }
}
