namespace Drucksachen.Documents.Meetings;

/// <summary>One item (TOP) of a meeting's agenda, with what was recorded for it once the meeting is held.</summary>
/// <param name="Number">The item's number as printed: "Ö 1", "Ö 2.1", "N 1".</param>
/// <param name="IsPublic">Whether the item is dealt with in public (Öffentlicher Teil) or not (Nichtöffentlicher Teil).</param>
/// <param name="Title">The item's title: the paper's title, or a standard item's ("Genehmigung der Niederschrift").</param>
/// <param name="PaperReference">The paper's number ("1803/22"); null for an item without a paper.</param>
/// <param name="PaperKind">The paper's type as printed ("Beschlussvorlage", "Informationsvorlage"); null: not printed.</param>
/// <param name="Marking">How a late paper came onto the agenda, as printed: "Dringlichkeitsvorlage" or "Tischvorlage"; null: in time.</param>
/// <param name="Outcome">The recorded outcome as printed ("zur Kenntnis genommen", "geändert beschlossen"); null: not recorded.</param>
/// <param name="Vote">The vote as printed ("7/1/1" for yes/no/abstentions, or "einstimmig"); null: none.</param>
/// <param name="ResolutionText">The resolution as adopted (Beschlusstext), Markdown as a paper's sections are; null: none.</param>
/// <param name="Note">The clerk's note on the item (Bemerkung), plain text; null: none.</param>
public sealed record MeetingAgendaItem(
    string Number,
    bool IsPublic,
    string Title,
    string? PaperReference = null,
    string? PaperKind = null,
    string? Marking = null,
    string? Outcome = null,
    string? Vote = null,
    string? ResolutionText = null,
    string? Note = null);
