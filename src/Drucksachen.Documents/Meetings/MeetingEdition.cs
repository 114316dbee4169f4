namespace Drucksachen.Documents.Meetings;

/// <summary>Who a meeting document is written for.</summary>
public enum MeetingEdition
{
    /// <summary>Everyone: a non-public item appears only with its number and "nichtöffentlich", never its title or paper.</summary>
    Public,

    /// <summary>The members of the body (and the administration): every item in full.</summary>
    Members,
}
