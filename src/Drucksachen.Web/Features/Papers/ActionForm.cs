using Drucksachen.Core.Actions;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Papers;
using Drucksachen.Web.Features.Forms;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Web.Features.Papers;

/// <summary>The fields of every workflow action form (hidden action and version, outcome fields for "record").</summary>
public sealed class ActionForm
{
    /// <summary>The field an error names when counts were typed but the vote is not marked as counted.</summary>
    public const string VoteModeField = "vote-mode";

    public string Action { get; set; } = "";
    public int? ExpectedVersion { get; set; }
    public string? Outcome { get; set; }
    public string? Date { get; set; }

    /// <summary>"einstimmig", "zaehlung" (counted: <see cref="Yes"/>/<see cref="No"/>/<see cref="Abstentions"/>) or empty (no vote).</summary>
    public string? VoteMode { get; set; }
    // Text, not numbers: what was typed reaches the vote's own check, which names the field.
    public string? Yes { get; set; }
    public string? No { get; set; }
    public string? Abstentions { get; set; }
    public string? Comment { get; set; }
    public string? Body { get; set; }
    public string? NextDate { get; set; }

    /// <summary>Ticked to confirm an action after which nothing can be done with the paper, or input that needs a confirmation.</summary>
    public bool Confirmed { get; set; }

    /// <summary>The page to go back to after the action (a local path).</summary>
    public string? ReturnUrl { get; set; }

    // The labels of the outcome form (_PaperActions), by the field keys of the errors.
    private static readonly Dictionary<string, string> OutcomeLabels = new(StringComparer.Ordinal)
    {
        ["outcome"] = "Ergebnis",
        ["date"] = "Datum der Sitzung",
        ["vote"] = "Abstimmung",
        ["comment"] = "Bemerkung",
        ["nextDate"] = "Nächster Sitzungstermin",
        ["body"] = "Verwiesen an (Gremium)",
        [Vote.YesField] = "Ja-Stimmen",
        [Vote.NoField] = "Nein-Stimmen",
        [Vote.AbstentionsField] = "Enthaltungen",
        [VoteModeField] = "Abstimmung",
    };

    private static readonly FormFields RecordFields = new(OutcomeLabels);

    private static readonly FormFields CorrectionFields = new(new Dictionary<string, string>(OutcomeLabels, StringComparer.Ordinal)
    {
        ["outcome"] = "Richtiges Ergebnis",
        ["comment"] = "Grund der Berichtigung",
    });

    // Every other action form has one field: the reason of a send-back or of an action that ends the paper.
    private static readonly FormFields ReasonFields = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["comment"] = "Begründung",
    });

    /// <summary>The labels of the form of <paramref name="action"/> (the outcome form where the action is not known).</summary>
    public static FormFields FieldsFor(AvailableAction? action) => action?.Kind switch
    {
        AvailableActionKind.Correct => CorrectionFields,
        AvailableActionKind.Record or null => RecordFields,
        _ => ReasonFields,
    };

    public ActionInput ToInput(string user) => new(
        Action.Trim(),
        user,
        Outcome: Empty(Outcome),
        Date: Empty(Date),
        Vote: VoteText(),
        Comment: Empty(Comment),
        Body: Empty(Body),
        NextDate: Empty(NextDate),
        ExpectedVersion: ExpectedVersion,
        Confirmed: Confirmed);

    /// <summary>The vote as <see cref="Vote.Parse"/> reads it; counts typed without "mit Stimmenzahl" are refused, not dropped.</summary>
    private string? VoteText()
    {
        if (VoteMode == "zaehlung") return Vote.Counted(Yes, No, Abstentions).ToString();
        if (Empty(Yes) is not null || Empty(No) is not null || Empty(Abstentions) is not null)
            throw new InputException(null, null, VoteModeField, "vote counts were entered, but the vote is not marked as counted",
                new ErrorText("counts-without-counted-vote"));
        return VoteMode == "einstimmig" ? "einstimmig" : null;
    }

    private static string? Empty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
