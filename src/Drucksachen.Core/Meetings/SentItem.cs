namespace Drucksachen.Core.Meetings;

/// <summary>
/// One item of an agenda as it went out with the invitation or a supplementary agenda, as the history entry of
/// the sending records it, to name the item once it is taken off the agenda.
/// </summary>
/// <param name="Number">The number it was sent with ("Ö 4.1").</param>
/// <param name="Title">The title of a standard or free item once taken off, as its removal recorded it; null for a paper's
/// item, which shows its paper's title.</param>
public sealed record SentItem(Guid Id, string Number, bool IsPublic, string? Title, Guid? PaperId);
