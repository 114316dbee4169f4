namespace Drucksachen.Documents.Layout;

/// <summary>A heading for the PDF outline (bookmarks): level 1 is top, page index 0-based, Y of the heading's top.</summary>
public sealed record OutlineEntry(int Level, string Title, int PageIndex, double Y);
