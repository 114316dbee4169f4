namespace Drucksachen.Documents.Meetings;

/// <summary>A paper for a meeting packet: the agenda item it is on, and its current PDF as stored.</summary>
/// <param name="Item">The agenda item (one of <see cref="MeetingDocument.Agenda"/>); its number, paper number and title
/// make the bookmark "Ö 3 – 1803/22 Title".</param>
/// <param name="Pdf">The paper's current PDF.</param>
public sealed record PacketPaper(MeetingAgendaItem Item, byte[] Pdf);
