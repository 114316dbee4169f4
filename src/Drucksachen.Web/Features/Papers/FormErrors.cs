using Drucksachen.Core.Errors;
using Drucksachen.Core.Papers;

namespace Drucksachen.Web.Features.Papers;

/// <summary>Turns an error a user caused into the message a form shows.</summary>
public static class FormErrors
{
    public const string Conflict = "Die Drucksache wurde inzwischen geändert. Bitte laden Sie die Seite neu und versuchen Sie es erneut.";

    /// <summary>The vote count fields of the outcome form, by the field names <see cref="Vote.Counted"/> reports.</summary>
    private static readonly Dictionary<string, string> VoteCounts = new()
    {
        [Vote.YesField] = "Ja-Stimmen",
        [Vote.NoField] = "Nein-Stimmen",
        [Vote.AbstentionsField] = "Enthaltungen",
    };

    public static string Message(DrucksachenException error) => error switch
    {
        InputException { Field: { } field } when VoteCounts.TryGetValue(field, out var label) =>
            $"{label}: bitte eine ganze Zahl von 0 bis {Vote.MaxCount} eintragen.",
        InputException { Field: ActionForm.VoteModeField } =>
            "Abstimmung: Stimmenzahlen sind eingetragen, aber „mit Stimmenzahl“ ist nicht gewählt.",
        _ => error.Kind switch
        {
            ErrorKind.Conflict => Conflict,
            ErrorKind.NotAllowed => "Diese Aktion ist Ihnen hier nicht möglich: " + error.Message,
            ErrorKind.NotFound => "Nicht gefunden: " + error.Message,
            _ => "Bitte prüfen Sie die Eingaben: " + error.Message,
        },
    };
}
