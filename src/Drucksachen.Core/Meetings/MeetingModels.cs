using Drucksachen.Core.Configuration;
using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Meetings;

/// <summary>
/// Meetings as the command line's --json and the API give them. The agenda is built from a
/// <see cref="MeetingView"/> only, so it carries nothing of the non-public part its viewer may not see.
/// </summary>
public static class MeetingModels
{
    public sealed record Summary(Guid Id, string Number, string Body, string BodyName, DateOnly Date, string Start, string? End, string Location,
        bool Public, string State, string StateLabel, string? CancelReason, bool InvitedUrgently, int Supplements, int Version);

    /// <param name="Hidden">A non-public item the viewer may not see: its title reads "nichtöffentlich", nothing else is given.</param>
    /// <param name="Marking">urgent (Dringlichkeitsvorlage) or table (Tischvorlage) for a paper placed late.</param>
    /// <param name="Supplement">0 on the invitation's agenda; n when added by the n-th supplementary agenda.</param>
    public sealed record Item(string Number, bool Public, bool Heading, bool Hidden, string Title, Guid? Id, string? Kind, Guid? PaperId,
        string? Paper, string? PaperType, string? Marking, string? MarkingLabel, int Supplement, string? Outcome, string? OutcomeLabel,
        string? Vote, string? Resolution, string? Note);

    /// <param name="Attendance">present, excused, absent; null before attendance is recorded.</param>
    public sealed record Member(string Id, string Name, string? Attendance);

    public sealed record Document(int Version, string Kind, string KindLabel, bool Public, string FileName, long Size, DateTimeOffset CreatedAt);

    /// <param name="ShowsNonPublic">Whether the agenda shows the non-public part's titles, papers and outcomes.</param>
    public sealed record Detail(Summary Meeting, bool ShowsNonPublic, IReadOnlyList<Item> Agenda, IReadOnlyList<Member> Members, int Quorum,
        string QuorumText, IReadOnlyList<Document> Documents);

    /// <summary>What a change answers: the meeting as it now stands, the item changed (if one was), the documents.</summary>
    public sealed record Change(Summary Meeting, Item? Item, IReadOnlyList<Document> Documents);

    /// <param name="Late">Released after the notice deadline: placed only as urgent or table paper.</param>
    /// <param name="TableOnly">Released after the deadline for urgent papers: placed only as table paper.</param>
    public sealed record Due(Guid PaperId, string Paper, string Title, string Type, Guid ConsultationId, DateOnly Date, bool Public,
        bool Late, bool TableOnly);

    /// <summary>The packet's file name, e.g. "Sitzungsmappe-SAG-001-2026-mitglieder.pdf".</summary>
    public static string PacketFileName(Meeting meeting, bool members) =>
        $"Sitzungsmappe-{string.Concat(meeting.Number.Select(c => char.IsLetterOrDigit(c) ? c : '-'))}-{(members ? "mitglieder" : "oeffentlich")}.pdf";

    public static Summary ToSummary(Meeting m, City city) =>
        new(m.Id, m.Number, m.Body, city.FindBody(m.Body)?.Name ?? m.Body, m.Date, MeetingTimes.Format(m.Start),
            m.End is { } end ? MeetingTimes.Format(end) : null, m.Location, m.IsPublic, m.State, MeetingStates.Label(m.State), m.CancelReason,
            m.InvitedUrgently, m.Supplements, m.Version);

    public static Detail ToDetail(MeetingView view, IReadOnlyList<MeetingDocumentVersion> documents, City city) =>
        new(ToSummary(view.Meeting, city), view.ShowsNonPublic, view.Agenda.Select(ToModel).ToList(),
            view.Members.Select(m => new Member(m.Member, m.Name, m.Status?.ToString().ToLowerInvariant())).ToList(),
            view.Quorum, view.QuorumText, documents.Select(ToModel).ToList());

    public static Item ToModel(AgendaEntry e) =>
        new(e.Number, e.IsPublic, e.Heading, e.Hidden, e.Title, e.ItemId, e.Kind?.ToString().ToLowerInvariant(), e.PaperId, e.PaperReference,
            e.PaperType, e.Marking == ItemMarking.None ? null : e.Marking.ToString().ToLowerInvariant(), e.MarkingLabel, e.Supplement,
            e.Outcome, e.OutcomeLabel, e.Vote, e.ResolutionText, e.Note);

    public static Document ToModel(MeetingDocumentVersion d) =>
        new(d.Version, d.Kind, MeetingDocumentKinds.Label(d.Kind), d.IsPublic, d.FileName, d.Size, d.CreatedAt);

    public static Due ToModel(DueItem d) =>
        new(d.Consultation.PaperId, d.Consultation.Reference, d.Consultation.Title, d.Consultation.Type, d.Consultation.ConsultationId,
            d.Consultation.Date, d.Consultation.IsPublic && d.Consultation.PaperIsPublic, d.Late, d.TableOnly);
}
