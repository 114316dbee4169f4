using Drucksachen.Core.Actions;

namespace Drucksachen.Web.Features.Papers;

/// <summary>The fields of every workflow action form (hidden action and version, outcome fields for "record").</summary>
public sealed class ActionForm
{
    public string Action { get; set; } = "";
    public int? ExpectedVersion { get; set; }
    public string? Outcome { get; set; }
    public string? Date { get; set; }

    /// <summary>"einstimmig", "zaehlung" (counted: <see cref="Yes"/>/<see cref="No"/>/<see cref="Abstentions"/>) or empty (no vote).</summary>
    public string? VoteMode { get; set; }
    public int? Yes { get; set; }
    public int? No { get; set; }
    public int? Abstentions { get; set; }
    public string? Comment { get; set; }
    public string? Body { get; set; }
    public string? NextDate { get; set; }

    /// <summary>The page to go back to after the action (a local path).</summary>
    public string? ReturnUrl { get; set; }

    public ActionInput ToInput(string user) => new(
        Action.Trim(),
        user,
        Outcome: Empty(Outcome),
        Date: Empty(Date),
        Vote: VoteMode switch
        {
            "einstimmig" => "einstimmig",
            "zaehlung" => $"{Yes ?? 0}/{No ?? 0}/{Abstentions ?? 0}",
            _ => null,
        },
        Comment: Empty(Comment),
        Body: Empty(Body),
        NextDate: Empty(NextDate),
        ExpectedVersion: ExpectedVersion);

    private static string? Empty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
