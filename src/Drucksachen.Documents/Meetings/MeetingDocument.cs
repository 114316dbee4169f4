namespace Drucksachen.Documents.Meetings;

/// <summary>
/// Everything the document layer needs to write a meeting's invitation, minutes and packet. The meeting domain maps
/// its stored meeting onto this record, as the paper domain maps papers onto <see cref="PaperDocument"/>; one record
/// serves both documents, and what the invitation does not print (attendance, outcomes) may be left empty for it.
/// </summary>
/// <param name="Letterhead">The city (issuing authority) at the head of the first page, e.g. "Landeshauptstadt Erfurt".</param>
/// <param name="Body">Name of the body (Gremium) as it is written, e.g. "Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung".</param>
/// <param name="Number">The meeting's number, e.g. "SAG/001/2026"; names the document in its running header and PDF metadata.</param>
/// <param name="Ordinal">The meeting's running number in its body and year (1 for SAG/001/2026): "Einladung zur 1. Sitzung".</param>
/// <param name="Date">Day of the meeting.</param>
/// <param name="Start">Start time.</param>
/// <param name="End">End time once the meeting is held (the minutes print it); null: not known yet.</param>
/// <param name="Location">Where it takes place, as printed: "Rathaus, Fischmarkt 1, Raum 225".</param>
/// <param name="IsPublic">Whether the meeting as such is public. In a non-public meeting every item counts as non-public.</param>
/// <param name="Edition">Which version to write: the public one (non-public items only by number) or the members' one.</param>
/// <param name="Issued">Day the document is issued (the invitation sent, the minutes signed); the only date in the PDF's
/// metadata, so that equal input gives an equal file.</param>
/// <param name="Agenda">The agenda items in their order (for a supplement, the items it adds); public and non-public items may be given in any order, each
/// part keeps the order given.</param>
/// <param name="Urgent">The invitation goes out after the notice period, shortened because the matter is urgent: it says so
/// with the template's <c>wording: urgent</c>.</param>
/// <param name="Supplement">The number of the supplementary agenda (Nachtrag) this invitation is, counting from 1; null: the
/// original invitation.</param>
/// <param name="Chair">Who chairs the meeting (signs the invitation and, with the minute-taker, the minutes); null: not printed.</param>
/// <param name="MinuteTaker">Who writes the minutes (Schriftführung); null: not printed.</param>
/// <param name="Attendance">Who was present, excused and absent, and the quorum; null before the meeting.</param>
/// <param name="Withdrawn">For a supplement: the items taken off the agenda ("abgesetzt") since the invitation or the last
/// supplement, with the numbers they went out with; null or empty: none.</param>
/// <param name="CurrentAgenda">For a supplement after which items already sent stand in another place or under another
/// number: the whole agenda as it now stands; null: not printed.</param>
public sealed record MeetingDocument(
    string Letterhead,
    string Body,
    string Number,
    int Ordinal,
    DateOnly Date,
    TimeOnly Start,
    TimeOnly? End,
    string Location,
    bool IsPublic,
    MeetingEdition Edition,
    DateOnly Issued,
    IReadOnlyList<MeetingAgendaItem> Agenda,
    bool Urgent = false,
    int? Supplement = null,
    string? Chair = null,
    string? MinuteTaker = null,
    MeetingAttendance? Attendance = null,
    IReadOnlyList<MeetingAgendaItem>? Withdrawn = null,
    IReadOnlyList<MeetingAgendaItem>? CurrentAgenda = null)
{
    /// <summary>Whether this edition prints <paramref name="item"/>'s content (title, paper, outcome, resolution):
    /// always for members, for the public only a public item of a public meeting.</summary>
    public bool Shows(MeetingAgendaItem item) => Edition == MeetingEdition.Members || (IsPublic && item.IsPublic);
}
