using Drucksachen.Core.Errors;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Storage;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Meetings;

/// <summary>
/// A supplementary agenda (Nachtrag) says what changed since the invitation or the last supplement: the items
/// added, the items taken off with the numbers the members have in hand, and the agenda as it now stands when
/// items already sent got other numbers. The meeting: Ö 4.1 a decision paper, N 2.1 a non-public paper.
/// </summary>
public class AgendaChangesTests
{
    private const string Clerk = CommitteeMeeting.Clerk;
    private const string HeatingTitle = "Bericht über die Wärmestuben im Winter 2022/23";
    private const string SecondSecretTitle = "Anmietung einer Lagerhalle in der Gemarkung Gispersleben";
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static async Task<Meeting> SendSupplementAsync(CommitteeMeeting scenario) =>
        await scenario.Get<InviteToMeeting>().ExecuteAsync(scenario.Meeting.Number, Clerk, urgent: false, null, Ct);

    [Fact]
    public async Task Supplement_NamesTheItemsTakenOff_TheNonPublicOneInThePublicEditionByItsNumberOnly()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        await scenario.InviteAsync();
        var agenda = scenario.Get<PlanAgenda>();
        await agenda.RemoveAsync(scenario.Meeting.Number, "Ö 4.1", Clerk, null, Ct);
        await agenda.RemoveAsync(scenario.Meeting.Number, "N 2.1", Clerk, null, Ct);

        var sent = await SendSupplementAsync(scenario);

        Assert.Equal(1, sent.Supplements);
        var (publicEdition, membersEdition) = await scenario.NewestAsync(MeetingDocumentKinds.Supplement);
        Assert.True(PdfText.Contains(publicEdition, $"Von der Tagesordnung abgesetzt Nummern wie in der bisherigen Tagesordnung. Öffentlicher Teil TOP Gegenstand Vorlage Ö 4.1 {scenario.Decision.Title} {scenario.Decision.Number} Beschlussvorlage Nichtöffentlicher Teil TOP Gegenstand Vorlage N 2.1 nichtöffentlich"),
            PdfText.Of(publicEdition));
        Assert.False(PdfText.Contains(publicEdition, CommitteeMeeting.SecretTitle));
        Assert.False(PdfText.Contains(publicEdition, scenario.Secret.Number!));
        Assert.True(PdfText.Contains(membersEdition, $"N 2.1 {CommitteeMeeting.SecretTitle} {scenario.Secret.Number}"), PdfText.Of(membersEdition));
        var entry = (await scenario.Get<IMeetingReads>().HistoryAsync(scenario.Meeting.Id, Ct)).Last();
        Assert.Equal("supplement", entry.Action);
        Assert.Contains("\"withdrawn\":[\"Ö 4.1\",\"N 2.1\"]", entry.Details);
    }

    [Fact]
    public async Task Supplement_AfterAnItemWasTakenOffAndTheRestRenumbered_PrintsTheAgendaAsItNowStands()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        await scenario.InviteAsync();
        // Ö 4 held only the decision paper: Mitteilungen der Verwaltung moves up from Ö 5 to Ö 4.
        await scenario.Get<PlanAgenda>().RemoveAsync(scenario.Meeting.Number, "Ö 4.1", Clerk, null, Ct);

        await SendSupplementAsync(scenario);

        var (publicEdition, _) = await scenario.NewestAsync(MeetingDocumentKinds.Supplement);
        var text = PdfText.Of(publicEdition);
        Assert.True(PdfText.Contains(publicEdition, "Tagesordnung in der geänderten Fassung Öffentlicher Teil TOP Gegenstand Vorlage Ö 1"), text);
        Assert.True(PdfText.Contains(publicEdition, "Ö 4 Mitteilungen der Verwaltung"), text);
        Assert.False(PdfText.Contains(publicEdition, "Neu auf der Tagesordnung"), text);
    }

    [Fact]
    public async Task Supplement_AfterOnlyAMove_IsSent_WithTheAgendaInItsNewOrder()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        await scenario.InviteAsync();
        await scenario.Get<PlanAgenda>().MoveAsync(scenario.Meeting.Number, "Ö 4.1", 1, Clerk, null, Ct);

        await SendSupplementAsync(scenario);

        var (publicEdition, _) = await scenario.NewestAsync(MeetingDocumentKinds.Supplement);
        var text = PdfText.Of(publicEdition);
        Assert.True(PdfText.Contains(publicEdition, "Tagesordnung in der geänderten Fassung Öffentlicher Teil TOP Gegenstand Vorlage Ö 1"), text);
        // The paper now stands second: the standard item that was Ö 2 is Ö 3.
        Assert.True(PdfText.Contains(publicEdition, "Ö 3 Änderungen der Tagesordnung"), text);
        Assert.False(PdfText.Contains(publicEdition, "abgesetzt"), text);
    }

    [Fact]
    public async Task Supplement_WhoseChangesRenumberNothing_ListsWhatWasAddedAndTakenOff_WithoutTheWholeAgenda()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        var product = scenario.Product;
        var second = await product.ToConsultationAsync(await product.ImportAsync(
            new PaperMarkdown { Type = "Beschlussvorlage", Title = "Zuschuss für den Mittagstisch am Roten Berg" }
                .Consultation(CommitteeMeeting.Committee, "03.11.2022", "Entscheidung")
                .Section("Beschlussvorschlag", "Der Ausschuss beschließt den Zuschuss.")
                .Section("Sachverhalt", "Der Mittagstisch braucht Geld.")
                .Section("Begründung", "Er hilft.")
                .Section("Finanzielle Auswirkungen", "2.000 Euro.").Build()));
        var secondSecret = await product.ToConsultationAsync(await product.ImportAsync(new PaperMarkdown { Title = SecondSecretTitle, Public = false }
            .Consultation(CommitteeMeeting.Committee, "03.11.2022", "Kenntnisnahme", isPublic: false)
            .Section("Sachverhalt", "Eine Halle wird gepachtet.").Build()));
        var agenda = scenario.Get<PlanAgenda>();
        Assert.Equal("Ö 4.2", (await agenda.ScheduleAsync(scenario.Meeting.Number, second.Number!, Clerk, ItemMarking.None, null, Ct)).Number);
        await scenario.InviteAsync();
        // The last paper of each group: no other item changes its number.
        await agenda.RemoveAsync(scenario.Meeting.Number, "Ö 4.2", Clerk, null, Ct);
        Assert.Equal("N 2.2", (await agenda.ScheduleAsync(scenario.Meeting.Number, secondSecret.Number!, Clerk, ItemMarking.None, null, Ct)).Number);

        await SendSupplementAsync(scenario);

        var (publicEdition, membersEdition) = await scenario.NewestAsync(MeetingDocumentKinds.Supplement);
        var text = PdfText.Of(publicEdition);
        Assert.True(PdfText.Contains(publicEdition, "Neu auf der Tagesordnung Nichtöffentlicher Teil TOP Gegenstand Vorlage N 2.2 nichtöffentlich"), text);
        Assert.True(PdfText.Contains(publicEdition, "Von der Tagesordnung abgesetzt"), text);
        Assert.True(PdfText.Contains(publicEdition, $"Ö 4.2 {second.Title}"), text);
        Assert.False(PdfText.Contains(publicEdition, SecondSecretTitle), text);
        Assert.True(PdfText.Contains(membersEdition, $"N 2.2 {SecondSecretTitle}"), PdfText.Of(membersEdition));
        Assert.False(PdfText.Contains(publicEdition, "geänderten Fassung"), text);
        Assert.False(PdfText.Contains(membersEdition, "geänderten Fassung"));
    }

    [Fact]
    public async Task ItemAddedAndTakenOffAgain_BeforeASupplement_LeavesNothingToSend()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        await scenario.InviteAsync();
        var agenda = scenario.Get<PlanAgenda>();
        var added = await agenda.AddItemAsync(scenario.Meeting.Number, HeatingTitle, isPublic: true, Clerk, null, Ct);
        await agenda.RemoveAsync(scenario.Meeting.Number, added.Number, Clerk, null, Ct);

        var refused = await Assert.ThrowsAsync<DrucksachenException>(() => SendSupplementAsync(scenario));

        Assert.Equal("nothing-to-send", refused.Text?.Key);
        var clerk = await scenario.Get<ReadMeetings>().ViewerAsync(Clerk, Ct);
        Assert.False((await scenario.Get<ReadMeetings>().PendingSupplementAsync(await scenario.ReloadAsync(), clerk!, Ct))!.Any);
    }

    [Fact]
    public async Task SecondSupplement_NamesWhatWasTakenOffSinceTheFirst_WithTheNumberTheFirstGaveIt()
    {
        await using var scenario = await CommitteeMeeting.PlannedAsync();
        await scenario.InviteAsync();
        var agenda = scenario.Get<PlanAgenda>();
        await agenda.RemoveAsync(scenario.Meeting.Number, "N 2.1", Clerk, null, Ct);
        await SendSupplementAsync(scenario);
        // The invitation had N 3 Mitteilungen der Verwaltung; the first supplement made it N 2.
        await agenda.RemoveAsync(scenario.Meeting.Number, "N 2", Clerk, null, Ct);

        var sent = await SendSupplementAsync(scenario);

        Assert.Equal(2, sent.Supplements);
        var (publicEdition, membersEdition) = await scenario.NewestAsync(MeetingDocumentKinds.Supplement);
        var text = PdfText.Of(membersEdition);
        Assert.True(PdfText.Contains(membersEdition, "2. Nachtrag zur Tagesordnung"), text);
        Assert.True(PdfText.Contains(membersEdition, "abgesetzt Nummern wie in der bisherigen Tagesordnung. Nichtöffentlicher Teil TOP Gegenstand Vorlage N 2 Mitteilungen der Verwaltung"), text);
        Assert.False(PdfText.Contains(membersEdition, CommitteeMeeting.SecretTitle), text);
        Assert.True(PdfText.Contains(publicEdition, "abgesetzt Nummern wie in der bisherigen Tagesordnung. Nichtöffentlicher Teil TOP Gegenstand Vorlage N 2 nichtöffentlich"), PdfText.Of(publicEdition));
        Assert.True(PdfText.Contains(membersEdition, "Tagesordnung in der geänderten Fassung"), text);
    }
}
