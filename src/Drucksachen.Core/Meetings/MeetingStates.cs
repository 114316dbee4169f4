namespace Drucksachen.Core.Meetings;

/// <summary>
/// A meeting's states: terminiert (scheduled) → eingeladen (invited) → durchgeführt (held), or
/// abgesagt (cancelled) before it was held.
/// </summary>
public static class MeetingStates
{
    public const string Scheduled = "scheduled";
    public const string Invited = "invited";
    public const string Held = "held";
    public const string Cancelled = "cancelled";

    public static string Label(string state) => state switch
    {
        Scheduled => "terminiert",
        Invited => "eingeladen",
        Held => "durchgeführt",
        Cancelled => "abgesagt",
        _ => state,
    };
}
