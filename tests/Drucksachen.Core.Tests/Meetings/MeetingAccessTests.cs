using Drucksachen.Core.Errors;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Meetings;

/// <summary>The public and members of other bodies never see a non-public item's title or paper; the body's members do.</summary>
public class MeetingAccessTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [InlineData(null, false)]
    [InlineData("fischer", false)]
    [InlineData("koch", false)]
    [InlineData("becker", true)]
    [InlineData(DemoUsers.Clerk, true)]
    public async Task NonPublicItem_ShowsOnlyToThoseWhoMaySeeIt(string? user, bool sees)
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        var read = scenario.Get<ReadMeetings>();

        var view = await read.ShowAsync(scenario.Meeting.Number, await read.ViewerAsync(user, Ct), Ct);

        var item = view.Agenda.Single(e => e.Number == "N 2.1");
        Assert.Equal(sees, view.ShowsNonPublic);
        Assert.Equal(!sees, item.Hidden);
        Assert.Equal(sees ? CommitteeMeeting.SecretTitle : "nichtöffentlich", item.Title);
        Assert.Equal(sees ? scenario.Secret.Id : null, item.PaperId);
        Assert.Equal(sees ? scenario.Secret.Number : null, item.PaperReference);
        Assert.Equal(!sees, view.Agenda.Where(e => !e.IsPublic).All(e => e.Title == "nichtöffentlich"));
    }

    [Fact]
    public async Task MeetingWithoutPublicPart_IsNotFoundForThePublic_AsAMeetingThatDoesNotExist()
    {
        await using var product = await TestProduct.StartAsync();
        var meeting = await product.Get<CreateMeeting>().ExecuteAsync(new MeetingInput("dbob", "20.10.2022", DemoUsers.Clerk), Ct);
        var read = product.Get<ReadMeetings>();

        var hidden = await Assert.ThrowsAsync<DrucksachenException>(() => read.ShowAsync(meeting.Number, null, Ct));
        var missing = await Assert.ThrowsAsync<DrucksachenException>(() => read.ShowAsync("DB/999/2022", null, Ct));

        Assert.Equal(("DB/001/2022", false), (meeting.Number, meeting.IsPublic));
        Assert.Equal((ErrorKind.NotFound, missing.Message.Replace("DB/999/2022", "DB/001/2022", StringComparison.Ordinal)), (hidden.Kind, hidden.Message));
        Assert.Empty(await read.ListAsync(new MeetingQuery(), null, Ct));
        Assert.Single(await read.ListAsync(new MeetingQuery(), await product.Get<IUserDirectory>().FindAsync(DemoUsers.Approver, Ct), Ct));
    }

    [Fact]
    public async Task PublicDocuments_AreTheOnlyOnesThePublicGets()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        await scenario.InviteAsync();
        var meeting = await scenario.ReloadAsync();
        var read = scenario.Get<ReadMeetings>();

        var forPublic = await read.DocumentsAsync(meeting, null, Ct);
        var forMember = await read.DocumentsAsync(meeting, await read.ViewerAsync("becker", Ct), Ct);

        Assert.Equal([true], forPublic.Select(d => d.IsPublic));
        Assert.Equal([true, false], forMember.Select(d => d.IsPublic));
        var members = forMember.Single(d => !d.IsPublic);
        await Assert.ThrowsAsync<DrucksachenException>(() => read.DocumentAsync(meeting, members.Version, null, Ct));
        var outsider = await read.ViewerAsync("koch", Ct);
        await Assert.ThrowsAsync<DrucksachenException>(() => read.PacketAsync(meeting, members: true, outsider, Ct));
        var packet = await read.PacketAsync(meeting, members: false, null, Ct);
        Assert.True(PdfText.Contains(packet, scenario.Decision.Title));
        // The paper's own text is in its PDF only, not in the invitation that lists it.
        Assert.True(PdfText.Contains(packet, "Die Quartiersarbeit wird ausgebaut."));
        Assert.False(PdfText.Contains(packet, CommitteeMeeting.SecretTitle));
        Assert.False(PdfText.Contains(packet, "Ein Grundstück wird verkauft."));
        var membersPacket = await read.PacketAsync(meeting, members: true, await read.ViewerAsync("becker", Ct), Ct);
        Assert.True(PdfText.Contains(membersPacket, CommitteeMeeting.SecretTitle));
        Assert.True(PdfText.Contains(membersPacket, "Ein Grundstück wird verkauft."));
    }
}
