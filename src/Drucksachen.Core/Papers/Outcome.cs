namespace Drucksachen.Core.Papers;

/// <summary>
/// What a body did with a paper. The names are the ones the workflows/ definitions use for the
/// advisory sequence step; what each outcome does to the sequence is defined there.
/// </summary>
public static class Outcome
{
    public const string Noted = "noted";
    public const string Recommended = "recommended";
    public const string Approved = "approved";
    public const string ApprovedWithChanges = "approved-with-changes";
    public const string Rejected = "rejected";
    public const string Deferred = "deferred";
    public const string Referred = "referred";
    public const string Withdrawn = "withdrawn";

    private static readonly Dictionary<string, string> Labels = new()
    {
        [Noted] = "zur Kenntnis genommen",
        [Recommended] = "empfohlen",
        [Approved] = "beschlossen",
        [ApprovedWithChanges] = "geändert beschlossen",
        [Rejected] = "abgelehnt",
        [Deferred] = "vertagt",
        [Referred] = "verwiesen",
        [Withdrawn] = "zurückgezogen",
    };

    public static IReadOnlyCollection<string> All => Labels.Keys;

    public static string Label(string outcome) => Labels.GetValueOrDefault(outcome, outcome);
}
