namespace Drucksachen.Core.Papers;

/// <summary>Whether a paper still made the notice period of its first meeting with one.</summary>
public enum DeadlineStatus
{
    InTime,
    /// <summary>Regular notice missed; can still go out as an urgent paper (Dringlichkeitsvorlage).</summary>
    Urgent,
    /// <summary>Even the urgent notice is missed: only as a Tischvorlage.</summary>
    Late,
}
