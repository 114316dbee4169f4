namespace Drucksachen.Web.OParl;

public sealed class AgendaItemEntry(ConsultationEntry consultation, MeetingEntry meeting, int order) : IOParlEntry
{
    public ConsultationEntry Consultation { get; } = consultation;
    public MeetingEntry Meeting { get; } = meeting;
    public int Order { get; } = order;
    public DateTimeOffset Created => Consultation.Created;

    // Its number depends on the other items of the meeting, so it changes with the meeting.
    public DateTimeOffset Modified => Meeting.Modified;
    public bool Deleted => false;
}
