namespace Drucksachen.Core.Meetings;

/// <summary>How a paper released after the body's notice deadline came onto the agenda.</summary>
public enum ItemMarking
{
    None,

    /// <summary>Dringlichkeitsvorlage: the body decides at the start of the meeting whether to deal with it.</summary>
    Urgent,

    /// <summary>Tischvorlage: handed out in the meeting.</summary>
    Table,
}
