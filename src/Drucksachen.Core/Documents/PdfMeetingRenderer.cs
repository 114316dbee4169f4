using Drucksachen.Core.Configuration;
using Drucksachen.Core.Meetings;
using Drucksachen.Documents;
using Drucksachen.Documents.Meetings;

namespace Drucksachen.Core.Documents;

/// <summary>
/// Renders a meeting's documents through the document layer, from the meeting as the document's
/// readers may see it: the public edition gets the view the public has, the members' edition the full one.
/// </summary>
public sealed class PdfMeetingRenderer(Lazy<DocumentRenderer> renderer, City city, TimeProvider clock) : IMeetingRenderer
{
    public RenderedPaper Invitation(MeetingView view, AgendaChanges? supplement) =>
        renderer.Value.RenderInvitation(ToDocument(view, supplement)).ToRenderedPaper();

    public RenderedPaper Minutes(MeetingView view, string minuteTaker) =>
        renderer.Value.RenderMinutes(ToDocument(view, null) with { MinuteTaker = minuteTaker }).ToRenderedPaper();

    public byte[] Packet(MeetingView view, IReadOnlyList<PacketPart> papers)
    {
        var document = ToDocument(view, null);
        var items = document.Agenda.ToDictionary(i => i.Number);
        return renderer.Value.RenderPacket(document, papers.Select(p => new PacketPaper(items[p.ItemNumber], p.Pdf)).ToList()).Pdf;
    }

    /// <summary>
    /// The document layer's input; a supplement lists the items it adds, those taken off, and the whole agenda if
    /// items already sent were renumbered.
    /// </summary>
    public MeetingDocument ToDocument(MeetingView view, AgendaChanges? supplement)
    {
        var meeting = view.Meeting;
        var items = view.Agenda.Where(e => !e.Heading).Select(Item).ToList();
        return new MeetingDocument(
            Letterhead: view.CityName,
            Body: view.BodyName,
            Number: meeting.Number,
            Ordinal: meeting.NumberSequence,
            Date: meeting.Date,
            Start: meeting.Start,
            End: meeting.End,
            Location: meeting.Location,
            IsPublic: meeting.IsPublic,
            Edition: view.ShowsNonPublic ? MeetingEdition.Members : MeetingEdition.Public,
            Issued: city.DayOf(clock.GetUtcNow()),
            Agenda: supplement is null ? items : view.Agenda.Where(e => !e.Heading && e.Supplement == supplement.Supplement).Select(Item).ToList(),
            Urgent: meeting.InvitedUrgently,
            Supplement: supplement?.Supplement,
            Chair: city.FindBody(meeting.Body)?.Chair,
            Attendance: view.Members.All(m => m.Status is null) ? null : new MeetingAttendance(
                Names(view, AttendanceStatus.Present), Names(view, AttendanceStatus.Excused), Names(view, AttendanceStatus.Absent), view.QuorumText),
            Withdrawn: view.Withdrawn.Select(Item).ToList(),
            CurrentAgenda: supplement is { Renumbered: true } ? items : null);
    }

    private static MeetingAgendaItem Item(AgendaEntry e) =>
        new(e.Number, e.IsPublic, e.Title, e.PaperReference, e.PaperType, e.MarkingLabel, e.OutcomeLabel, e.Vote, e.ResolutionText, e.Note);

    private static List<string> Names(MeetingView view, AttendanceStatus status) =>
        view.Members.Where(m => m.Status == status).Select(m => m.Name).ToList();
}
