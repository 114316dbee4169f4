namespace Drucksachen.Core.Storage;

/// <summary>
/// A page of the papers list: filters, a free text and paging; all filters optional. What the
/// viewer may see is always applied on top (see <see cref="Access.PaperAccess"/>).
/// </summary>
/// <param name="Text">
/// Looked for as written, case-insensitively (umlauts included), as part of the number or the title,
/// or as words of number, title and section text: its words in this order, the last one as the
/// beginning of a word, punctuation between them aside ("Mängel. Die Aus" finds "Mängel. Die
/// Ausschreibung").
/// A run of blanks counts as one space. One or two characters are looked for as the beginning of a
/// word of the number, title or text ("22" finds 1803/22, not 1822/19).
/// </param>
/// <param name="Type">Paper type name.</param>
/// <param name="Body">Key of a body in the advisory sequence.</param>
/// <param name="Year">Year of the number.</param>
/// <param name="State">Workflow state id.</param>
/// <param name="ReleasedOnly">Only released papers (the public list); false also lists drafts the viewer may see.</param>
/// <param name="OnlyLate">Only running papers whose release missed the regular notice period of their meeting.</param>
/// <param name="Skip">Papers to skip.</param>
/// <param name="Take">Page size.</param>
/// <param name="CountLimit">
/// How far a search with <paramref name="Text"/> counts its hits; pages reach that far. Beyond, the
/// page says that there are more (<see cref="PaperPage.MoreThanTotal"/>): counting a word found in
/// nearly every paper would cost as much as a walk through all of them. Lists without text count all.
/// </param>
public sealed record PaperSearch(
    string? Text = null,
    string? Type = null,
    string? Body = null,
    int? Year = null,
    string? State = null,
    bool ReleasedOnly = true,
    bool OnlyLate = false,
    int Skip = 0,
    int Take = 25,
    int CountLimit = PaperSearch.DefaultCountLimit)
{
    /// <summary>40 pages of the papers list: more than anyone reads through; filters narrow a search further.</summary>
    public const int DefaultCountLimit = 1_000;
}
