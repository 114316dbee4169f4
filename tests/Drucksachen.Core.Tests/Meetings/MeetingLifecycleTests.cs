using Drucksachen.Core.Errors;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Meetings;

/// <summary>
/// A committee meeting from planning to minutes, through the use cases: the social committee (sag)
/// meets on Thursday 03.11.2022; its notice period is 4 full days (ThürKO § 35), so the invitation
/// must go out by Saturday 29.10.2022.
/// </summary>
public class MeetingLifecycleTests
{
    private const string Clerk = DemoUsers.Clerk;
    private const string ChangedResolution = "Der Ausschuss beschließt die Förderung mit der Auflage eines Berichts im Jahr 2023.";
    private const string SecretTitle = "Grundstücksangelegenheit Flurstück 17/3 Gemarkung Melchendorf";

    private static PaperMarkdown Decision() =>
        new PaperMarkdown { Type = "Beschlussvorlage", Title = "Förderung der Quartiersarbeit am Herrenberg" }
            .Consultation("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", "03.11.2022", "Entscheidung")
            .Section("Beschlussvorschlag", "Der Ausschuss beschließt die Förderung.")
            .Section("Sachverhalt", "Die Quartiersarbeit wird ausgebaut.")
            .Section("Begründung", "Sie stärkt das Zusammenleben.")
            .Section("Finanzielle Auswirkungen", "Keine.");

    private static PaperMarkdown Secret() =>
        new PaperMarkdown { Title = SecretTitle, Public = false }
            .Consultation("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", "03.11.2022", "Kenntnisnahme", isPublic: false)
            .Section("Sachverhalt", "Ein Grundstück wird verkauft.");

    private static PaperMarkdown Late() =>
        new PaperMarkdown { Title = "Zwischenbericht Wärmestuben im Winter 2022/23" }
            .Consultation("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", "03.11.2022", "Kenntnisnahme")
            .Section("Sachverhalt", "Die Wärmestuben öffnen im November.");

    [Fact]
    public async Task CommitteeMeeting_FromAgendaToMinutes_KeepsPublicAndMembersEditionsApart_AndVerifies()
    {
        await using var product = await TestProduct.StartAsync();
        var create = product.Get<CreateMeeting>();
        var agenda = product.Get<PlanAgenda>();
        var invite = product.Get<InviteToMeeting>();
        var record = product.Get<RecordMeeting>();
        var read = product.Get<ReadMeetings>();
        var ct = CancellationToken.None;

        var decision = await product.ToConsultationAsync(await product.ImportAsync(Decision().Build()));
        var secret = await product.ToConsultationAsync(await product.ImportAsync(Secret().Build()));
        var meeting = await create.ExecuteAsync(new MeetingInput("sag", "03.11.2022", Clerk), ct);
        var next = await create.ExecuteAsync(new MeetingInput("sag", "17.11.2022", Clerk, Start: "16:30"), ct);
        Assert.Equal(("SAG/001/2022", "SAG/002/2022"), (meeting.Number, next.Number));
        Assert.Equal(("17:00", "Rathaus, Fischmarkt 1, Raum 225"), (MeetingTimes.Format(meeting.Start), meeting.Location));

        var placed = await agenda.ScheduleAsync(meeting.Number, decision.Number!, Clerk, ItemMarking.None, null, ct);
        var hidden = await agenda.ScheduleAsync(meeting.Number, secret.Number!, Clerk, ItemMarking.None, null, ct);
        Assert.Equal(("Ö 4.1", "N 2.1"), (placed.Number, hidden.Number));
        Assert.Equal(new DateOnly(2022, 11, 3), (await product.FindAsync(decision)).Consultations.Single().Date);
        Assert.Contains(await product.HistoryAsync(decision), e => e.Action == "schedule");

        // 3 full days before (30.10.): refused; 5 days before (29.10.): in time.
        product.Clock.Set(Berlin.At(2022, 10, 30, 9));
        var late = await Assert.ThrowsAsync<DrucksachenException>(() => invite.ExecuteAsync(meeting.Number, Clerk, urgent: false, null, ct));
        Assert.Equal(("invitation-late", ErrorKind.NotAllowed), (late.Text?.Key, late.Kind));
        product.Clock.Set(Berlin.At(2022, 10, 29, 9));
        await invite.ExecuteAsync(meeting.Number, Clerk, urgent: false, null, ct);

        // Released after the notice deadline: only as urgent or table paper, on a supplementary agenda.
        product.Clock.Set(Berlin.At(2022, 11, 1, 9));
        var tardy = await product.ToConsultationAsync(await product.ImportAsync(Late().Build()));
        var refused = await Assert.ThrowsAsync<DrucksachenException>(() => agenda.ScheduleAsync(meeting.Number, tardy.Number!, Clerk, ItemMarking.None, null, ct));
        Assert.Equal("paper-late-for-meeting", refused.Text?.Key);
        var table = await agenda.ScheduleAsync(meeting.Number, tardy.Number!, Clerk, ItemMarking.Table, null, ct);
        Assert.Equal(("Ö 5.1", 1), (table.Number, table.Item!.Supplement));
        await Assert.ThrowsAsync<DrucksachenException>(() => invite.ExecuteAsync(meeting.Number, Clerk, urgent: false, null, ct));
        var supplemented = await invite.ExecuteAsync(meeting.Number, Clerk, urgent: true, null, ct);
        Assert.Equal(1, supplemented.Supplements);

        // The meeting.
        product.Clock.Set(Berlin.At(2022, 11, 3, 19));
        await record.AttendAsync(meeting.Number, ["becker", "wolf", "richter"], ["neumann"], Clerk, null, ct);
        await record.RecordAsync(meeting.Number, "Ö 4.1", new ItemRecord(Outcome.ApprovedWithChanges, "4/1/0", ChangedResolution), Clerk, null, ct);
        await record.RecordAsync(meeting.Number, "N 2.1", new ItemRecord(Outcome.Noted), Clerk, null, ct);
        await record.RecordAsync(meeting.Number, "Ö 5.1", new ItemRecord(Outcome.Deferred, Note: "Bericht in der nächsten Sitzung"), Clerk, null, ct);
        var closed = await product.Get<CloseMeeting>().ExecuteAsync(meeting.Number, Clerk, "19:45", null, ct);
        Assert.Equal(MeetingStates.Held, closed.State);

        // The papers took the outcomes through their workflows; the deferred one is due again, for the next meeting.
        Assert.Equal(("decided", Outcome.ApprovedWithChanges), ((await product.FindAsync(decision)).State, (await product.FindAsync(decision)).Consultations[0].Outcome));
        var deferred = await product.FindAsync(tardy);
        Assert.Equal([Outcome.Deferred, null], deferred.Consultations.Select(c => c.Outcome));
        Assert.Equal(next.Date, deferred.Consultations[1].Date);
        var due = await read.DueAsync(next, await product.Get<Core.Users.IUserDirectory>().FindAsync(Clerk, ct) ?? throw new InvalidOperationException(), ct);
        Assert.Equal([tardy.Number], due.Select(d => d.Consultation.Reference));

        // The documents: invitation, supplement and minutes, each public and for members.
        var documents = await product.Get<IMeetingReads>().DocumentsAsync(meeting.Id, ct);
        Assert.Equal(
            [(MeetingDocumentKinds.Invitation, true), (MeetingDocumentKinds.Invitation, false), (MeetingDocumentKinds.Supplement, true),
                (MeetingDocumentKinds.Supplement, false), (MeetingDocumentKinds.Minutes, true), (MeetingDocumentKinds.Minutes, false)],
            documents.Select(d => (d.Kind, d.IsPublic)));
        var pdfs = new List<byte[]>();
        foreach (var d in documents) pdfs.Add((await product.Get<IMeetingReads>().DocumentAsync(meeting.Id, d.Version, ct))!.Content);
        var (publicInvitation, membersInvitation, publicSupplement, _, publicMinutes, membersMinutes) = (pdfs[0], pdfs[1], pdfs[2], pdfs[3], pdfs[4], pdfs[5]);

        Assert.True(PdfText.Contains(publicInvitation, decision.Title));
        Assert.True(PdfText.Contains(publicInvitation, "N 2.1"));
        Assert.False(PdfText.Contains(publicInvitation, SecretTitle));
        Assert.False(PdfText.Contains(publicInvitation, secret.Number!));
        Assert.True(PdfText.Contains(membersInvitation, SecretTitle));
        Assert.True(PdfText.Contains(publicSupplement, tardy.Title));
        Assert.True(PdfText.Contains(publicSupplement, "Tischvorlage"));
        Assert.True(PdfText.Contains(publicMinutes, ChangedResolution));
        Assert.True(PdfText.Contains(publicMinutes, "4/1/0"));
        Assert.True(PdfText.Contains(publicMinutes, "Maria Becker"));
        Assert.True(PdfText.Contains(publicMinutes, "Karin Landgraf"), "the body's chair signs the minutes");
        Assert.False(PdfText.Contains(publicMinutes, SecretTitle));
        Assert.True(PdfText.Contains(membersMinutes, SecretTitle));

        var verification = await product.VerifyAsync();
        Assert.True(verification.IsIntact, string.Join("; ", verification.Broken.Select(b => b.Reason)));
        Assert.Equal(2, verification.Meetings);
    }

    [Fact]
    public async Task LateInvitation_IsSent_WhenMarkedUrgent_AndSaysSo()
    {
        await using var product = await TestProduct.StartAsync();
        var ct = CancellationToken.None;
        var meeting = await product.Get<CreateMeeting>().ExecuteAsync(new MeetingInput("sag", "17.11.2022", Clerk), ct);
        product.Clock.Set(Berlin.At(2022, 11, 13, 9));
        var invite = product.Get<InviteToMeeting>();

        var late = await Assert.ThrowsAsync<DrucksachenException>(() => invite.ExecuteAsync(meeting.Number, Clerk, urgent: false, null, ct));
        Assert.Equal("invitation-late", late.Text?.Key);
        var invited = await invite.ExecuteAsync(meeting.Number, Clerk, urgent: true, null, ct);

        Assert.True(invited.InvitedUrgently);
        var document = (await product.Get<IMeetingReads>().DocumentsAsync(meeting.Id, ct))[0];
        var pdf = (await product.Get<IMeetingReads>().DocumentAsync(meeting.Id, document.Version, ct))!.Content;
        Assert.True(PdfText.Contains(pdf, "Dringlichkeit"), PdfText.Of(pdf));
    }
}
