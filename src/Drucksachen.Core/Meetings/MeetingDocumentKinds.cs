namespace Drucksachen.Core.Meetings;

public static class MeetingDocumentKinds
{
    /// <summary>Einladung with the agenda.</summary>
    public const string Invitation = "invitation";

    /// <summary>Nachtrag zur Tagesordnung.</summary>
    public const string Supplement = "supplement";

    /// <summary>Niederschrift.</summary>
    public const string Minutes = "minutes";

    public static string Label(string kind) => kind switch
    {
        Invitation => "Einladung",
        Supplement => "Nachtrag zur Tagesordnung",
        Minutes => "Niederschrift",
        _ => kind,
    };
}
