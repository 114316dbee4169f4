namespace Drucksachen.Core.Meetings;

/// <summary>
/// One line of an agenda as a viewer may see it. For a viewer who may not see the non-public
/// part, a non-public item is <see cref="Hidden"/>: its title reads "nichtöffentlich" and it names
/// no paper, outcome or text.
/// </summary>
/// <param name="Heading">A group heading ("Beschlussvorlagen"), which is no item of its own.</param>
/// <param name="Marking">How a late paper came onto the agenda.</param>
/// <param name="Supplement">The supplementary agenda that added the item, 0 for the invitation's.</param>
public sealed record AgendaEntry(
    string Number,
    bool IsPublic,
    bool Heading,
    bool Hidden,
    string Title,
    Guid? ItemId,
    AgendaItemKind? Kind,
    Guid? PaperId,
    string? PaperReference,
    string? PaperType,
    Guid? ConsultationId,
    ItemMarking Marking,
    int Supplement,
    string? Outcome,
    string? OutcomeLabel,
    string? Vote,
    string? ResolutionText,
    string? Note)
{
    /// <summary>The text a resolution defaults to: the paper's Beschlussvorschlag.</summary>
    public string? ProposedResolution { get; init; }

    public string? MarkingLabel => Marking switch
    {
        ItemMarking.Urgent => "Dringlichkeitsvorlage",
        ItemMarking.Table => "Tischvorlage",
        _ => null,
    };
}
