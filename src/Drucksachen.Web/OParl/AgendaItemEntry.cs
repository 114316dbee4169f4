using Drucksachen.Core.Meetings;

namespace Drucksachen.Web.OParl;

/// <summary>
/// One item of a meeting's agenda as the public sees it: a non-public item only by its number
/// (<see cref="AgendaEntry.Hidden"/>), without title, paper, consultation or outcome.
/// </summary>
public sealed class AgendaItemEntry(AgendaEntry entry, MeetingEntry meeting, int order, ConsultationEntry? consultation) : IOParlEntry
{
    public Guid Id { get; } = entry.ItemId!.Value;
    public AgendaEntry Entry { get; } = entry;
    public MeetingEntry Meeting { get; } = meeting;
    public int Order { get; } = order;

    /// <summary>The consultation of a published paper the item treats.</summary>
    public ConsultationEntry? Consultation { get; } = consultation;

    // An item changes with its meeting: its number follows from the other items.
    public DateTimeOffset Created => Meeting.Created;
    public DateTimeOffset Modified => Meeting.Modified;
    public bool Deleted => false;
}
