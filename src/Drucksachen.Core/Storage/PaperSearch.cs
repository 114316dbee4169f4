namespace Drucksachen.Core.Storage;

/// <summary>
/// A page of the papers list: filters, a free text and paging; all filters optional. What the
/// viewer may see is always applied on top (see <see cref="Access.PaperAccess"/>).
/// </summary>
/// <param name="Text">
/// Looked for as written, as part of the number, the title or the section text: case-insensitive
/// (umlauts included); a run of blanks in it counts as one space, and a line break in the text as
/// a space. One or two characters are looked for too, case-insensitively for ASCII letters only.
/// </param>
/// <param name="Type">Paper type name.</param>
/// <param name="Body">Key of a body in the advisory sequence.</param>
/// <param name="Year">Year of the number.</param>
/// <param name="State">Workflow state id.</param>
/// <param name="ReleasedOnly">Only released papers (the public list); false also lists drafts the viewer may see.</param>
/// <param name="OnlyLate">Only running papers whose release missed the regular notice period of their meeting.</param>
/// <param name="Skip">Papers to skip.</param>
/// <param name="Take">Page size.</param>
public sealed record PaperSearch(
    string? Text = null,
    string? Type = null,
    string? Body = null,
    int? Year = null,
    string? State = null,
    bool ReleasedOnly = true,
    bool OnlyLate = false,
    int Skip = 0,
    int Take = 25);
