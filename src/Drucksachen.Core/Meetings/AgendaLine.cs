namespace Drucksachen.Core.Meetings;

/// <summary>One line of an agenda as printed: an item with its number, or the heading of a group of papers ("Ö 4 Beschlussvorlagen").</summary>
public sealed record AgendaLine(string Number, bool IsPublic, AgendaItem? Item, string? Heading);
