using System.Text.RegularExpressions;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Plausibility;

namespace Drucksachen.Web.Features.Papers;

/// <summary>Turns an error a user caused into the message a form shows.</summary>
public static partial class FormErrors
{
    public const string Conflict = "Die Drucksache wurde inzwischen geändert. Bitte laden Sie die Seite neu und versuchen Sie es erneut.";

    /// <summary>The vote count fields of the outcome form, by the field names <see cref="Vote.Counted"/> reports.</summary>
    private static readonly Dictionary<string, string> VoteCounts = new()
    {
        [Vote.YesField] = "Ja-Stimmen",
        [Vote.NoField] = "Nein-Stimmen",
        [Vote.AbstentionsField] = "Enthaltungen",
    };

    /// <summary>The checkbox of the outcome form that confirms input needing it.</summary>
    public const string ConfirmLabel = "Termin nach der Entscheidung bestätigen";

    public static string Message(DrucksachenException error) => error switch
    {
        PlausibilityException p => $"{FieldLabel(p.Field)}: {p.German}"
            + (p.NeedsConfirmation ? $" Setzen Sie dazu das Häkchen „{ConfirmLabel}“ und speichern Sie erneut." : ""),
        InputException { Field: { } field } when VoteCounts.TryGetValue(field, out var label) =>
            $"{label}: bitte eine ganze Zahl von 0 bis {Vote.MaxCount} eintragen.",
        InputException { Field: ActionForm.VoteModeField } =>
            "Abstimmung: Stimmenzahlen sind eingetragen, aber „mit Stimmenzahl“ ist nicht gewählt.",
        { Kind: ErrorKind.Conflict } => Conflict,
        { Kind: ErrorKind.NotAllowed } => "Diese Aktion ist Ihnen hier nicht möglich: " + error.Message,
        { Kind: ErrorKind.NotFound } => "Nicht gefunden: " + error.Message,
        _ => "Bitte prüfen Sie die Eingaben: " + error.Message,
    };

    /// <summary>A field as the forms label it: the outcome form's fields, and the draft form's sequence rows.</summary>
    private static string FieldLabel(string? field)
    {
        if (field is not null && SequenceRow().Match(field) is { Success: true } row)
        {
            var column = row.Groups[2].Value == "role" ? "Art der Beratung" : "Sitzung";
            return $"Beratungsfolge, Zeile {int.Parse(row.Groups[1].Value) + 1} ({column})";
        }
        return field switch
        {
            "date" => "Datum der Sitzung",
            "nextDate" => "Nächster Sitzungstermin",
            "outcome" => "Ergebnis",
            "comment" => "Grund der Berichtigung",
            _ => field ?? "Eingabe",
        };
    }

    [GeneratedRegex(@"^consultations\[(\d+)\]\.(date|role)$")]
    private static partial Regex SequenceRow();
}
