using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Meetings;

/// <summary>
/// One item of a meeting's agenda (TOP): a standard item, a free item or a paper's consultation.
/// Its number ("Ö 4.1") follows from its place, see <see cref="AgendaNumbering"/>.
/// </summary>
public sealed class AgendaItem
{
    private AgendaItem() { }

    internal AgendaItem(bool isPublic, AgendaItemKind kind, string? title, int supplement)
    {
        Id = Guid.NewGuid();
        IsPublic = isPublic;
        Kind = kind;
        Title = title;
        Supplement = supplement;
    }

    internal static AgendaItem ForPaper(Paper paper, Consultation consultation, bool isPublic, string group, ItemMarking marking, int supplement) =>
        new(isPublic, AgendaItemKind.Paper, null, supplement)
        {
            PaperId = paper.Id,
            ConsultationId = consultation.Id,
            Group = group,
            Marking = marking,
        };

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }

    /// <summary>In the public part (Ö) or the non-public part (N).</summary>
    public bool IsPublic { get; private set; }

    /// <summary>Place within its part, from 0.</summary>
    public int Position { get; internal set; }

    public AgendaItemKind Kind { get; private set; }

    /// <summary>The title of a standard or free item; a paper's item shows the paper's title.</summary>
    public string? Title { get; private set; }

    public Guid? PaperId { get; private set; }
    public Guid? ConsultationId { get; private set; }

    /// <summary>The heading a paper's item is grouped under ("Beschlussvorlagen").</summary>
    public string? Group { get; private set; }

    public ItemMarking Marking { get; private set; }

    /// <summary>0 on the agenda of the invitation; n when added by the n-th supplementary agenda (Nachtrag).</summary>
    public int Supplement { get; private set; }

    public string? Outcome { get; private set; }
    public string? Vote { get; private set; }

    /// <summary>The resolution as adopted (Beschlusstext).</summary>
    public string? ResolutionText { get; private set; }
    public string? Note { get; private set; }

    public bool IsRecorded => Outcome is not null || Note is not null;

    internal void Record(string? outcome, string? vote, string? resolution, string? note)
    {
        Outcome = outcome;
        Vote = vote;
        ResolutionText = resolution;
        Note = note;
    }
}
