using Drucksachen.Core.Errors;
using Drucksachen.Core.Plausibility;

namespace Drucksachen.Web.Features.Forms;

/// <summary>
/// Turns an error a user caused into the German message a form shows, naming the field as the
/// form labels it (<see cref="FormFields"/>). Every page words errors here and nowhere else; the
/// English text of the exception (for CLI and API) never reaches the browser.
/// </summary>
public static class FormErrors
{
    public const string Conflict = "Die Drucksache wurde inzwischen geändert. Bitte laden Sie die Seite neu und versuchen Sie es erneut.";

    /// <summary>The checkbox of the outcome form that confirms input needing it.</summary>
    public const string ConfirmLabel = "Termin nach der Entscheidung bestätigen";

    // {field} is the field's label; {0}, {1} … the error's values.
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["required"] = "Bitte füllen Sie „{field}“ aus.",
        ["not-a-date"] = "„{field}“: „{0}“ ist kein Datum. Bitte geben Sie es als TT.MM.JJJJ ein.",
        ["not-a-vote"] = "„{field}“: „{0}“ ist keine Abstimmung. Bitte geben Sie Ja, Nein und Enthaltungen als Zahlen an oder wählen Sie „einstimmig“.",
        ["unknown-office"] = "„{field}“: Das Amt „{0}“ ist nicht bekannt.",
        ["lead-cannot-cosign"] = "„{field}“: {0} ist federführend und kann die Drucksache nicht mitzeichnen.",
        ["unknown-body"] = "„{field}“: Das Gremium „{0}“ ist nicht bekannt.",
        ["unknown-role"] = "„{field}“: „{0}“ ist keine Art der Beratung (Kenntnisnahme, Vorberatung, Anhörung oder Entscheidung).",
        ["body-never-public"] = "„{field}“: {0} tagt nie öffentlich.",
        ["public-needs-public-paper"] = "„{field}“: Eine nichtöffentliche Drucksache kann nicht öffentlich beraten werden.",
        ["one-decision"] = "„{field}“: Nur eine Beratung kann entscheiden (Entscheidung).",
        ["outcome-needs-next-date"] = "„{field}“: Beim Ergebnis „{0}“ fehlt der Termin der Sitzung, die die Drucksache wieder aufnimmt.",
        ["next-date-not-after"] = "„{field}“: Der {0} liegt nicht nach der Sitzung vom {1}.",
        ["outcome-takes-no-next"] = "„{field}“: Beim Ergebnis „{0}“ gibt es keine weitere Sitzung; nur „vertagt“ und „verwiesen“ brauchen eine.",
        ["referral-needs-body"] = "„{field}“: Beim Ergebnis „verwiesen“ fehlt das Gremium, an das verwiesen wird.",
        ["own-account-lock"] = "Sie können Ihr eigenes Konto nicht sperren; das kann eine andere Administratorin oder ein anderer Administrator.",
        ["own-admin-role"] = "Sie können sich die Rolle Administration nicht selbst nehmen; das kann eine andere Administratorin oder ein anderer Administrator.",
        ["not-a-count"] = "„{field}“: Bitte eine ganze Zahl von 0 bis {0} eintragen.",
        ["counts-without-counted-vote"] = "„{field}“: Stimmenzahlen sind eingetragen, aber „mit Stimmenzahl“ ist nicht gewählt.",
        ["referral-to-same-body"] = "„{field}“: Die Drucksache liegt schon bei {0}; wählen Sie „vertagt“, um sie dort wieder aufzunehmen.",
        ["too-long"] = "„{field}“: Der Text ist {0} Zeichen lang; erlaubt sind höchstens {1}.",
        ["not-text"] = "„{field}“: In Zeile {0}, Spalte {1} steht ein Steuerzeichen (etwa ein Tabulator oder Zeilenumbruch); hier ist nur Text erlaubt.",
        ["account-exists"] = "Ein Konto mit dem Benutzernamen „{0}“ gibt es schon.",
        ["account-needs-role"] = "„{field}“: Ein Konto braucht mindestens eine Rolle.",
        ["unknown-user-role"] = "„{field}“: „{0}“ ist keine Rolle (Fachamt, Freigabe, Sitzungsdienst, Ratsmitglied, Administration).",
        ["no-role-change"] = "„{field}“: Bitte geben Sie an, welche Rolle hinzukommen oder wegfallen soll.",
        ["role-added-and-removed"] = "„{field}“: Die Rolle „{0}“ kann nicht zugleich hinzukommen und wegfallen.",
        // Identity's own refusal, worded in German by GermanIdentityErrors.
        ["account-refused"] = "„{field}“: {0}",
        ["reason-required"] = "„{field}“: Für „{0}“ ist eine Begründung nötig; die Verfasserin oder der Verfasser bekommt sie zu sehen.",
        ["outcome-not-offered"] = "„{field}“: „{0}“ ist bei „{1}“ kein mögliches Ergebnis.",
        ["unknown-action"] = "„{0}“ ist keine Aktion dieser Drucksache. Bitte laden Sie die Seite neu.",
        ["action-taken-away"] = "Die Drucksache wurde inzwischen geändert und steht jetzt auf „{1}“: „{0}“ ist nicht mehr möglich. Bitte prüfen Sie den neuen Stand.",
        ["action-not-allowed"] = "„{0}“ ist Ihnen bei dieser Drucksache nicht möglich: Ihre Rolle oder Ihr Amt ist dafür nicht vorgesehen.",
        ["already-signed"] = "„{0}“ ist schon erledigt: Ihr Amt hat diese Drucksache bereits mitgezeichnet.",
        ["paper-finished"] = "„{0}“ ist nicht mehr möglich: die Drucksache ist abgeschlossen („{1}“).",
        ["nothing-to-correct"] = "Hier ist kein Ergebnis mehr zu berichtigen: berichtigt werden kann nur das zuletzt erfasste, solange kein weiteres erfasst ist.",
        ["no-current-consultation"] = "„{0}“ ist nicht möglich: in der Beratungsfolge steht keine Beratung mehr an. Bitte laden Sie die Seite neu.",
        ["action-not-offered"] = "„{0}“ ist im Stand „{1}“ nicht möglich. Bitte laden Sie die Seite neu.",
        ["consultation-needs-body"] = "„{field}“: Bitte wählen Sie ein Gremium aus; es wurde keine Beratung hinzugefügt.",
        ["consultation-needs-date"] = "„{field}“: Bitte geben Sie das Datum der Sitzung an; es wurde keine Beratung hinzugefügt.",
        // Meetings: each text names the meeting or item it is about.
        ["meetings-clerks-only"] = "Sitzungen plant und erfasst der Sitzungsdienst; Ihnen ist das nicht möglich.",
        ["no-meeting"] = "Die Sitzung „{0}“ gibt es nicht, oder sie ist nicht öffentlich.",
        ["meeting-changed"] = "Die Sitzung {0} wurde inzwischen geändert. Bitte laden Sie die Seite neu und versuchen Sie es erneut.",
        ["meeting-closed"] = "Die Sitzung {0} ist {1}: das ist nicht mehr möglich.",
        ["paper-not-due"] = "Die Drucksache {0} ist nicht freigegeben oder schon abgeschlossen; auf die Tagesordnung kommen nur freigegebene Drucksachen in der Beratung.",
        ["paper-already-placed"] = "Die Drucksache {0} steht schon auf der Tagesordnung der Sitzung {1}.",
        ["paper-not-for-body"] = "Für die Drucksache {0} steht keine Beratung im Gremium {1} an.",
        ["paper-only-table"] = "Die Drucksache {0} wurde nach der Frist für Dringlichkeitsvorlagen freigegeben: sie kann nur noch als Tischvorlage auf die Tagesordnung.",
        ["paper-late-for-meeting"] = "Die Drucksache {0} wurde nach der Ladungsfrist freigegeben: wählen Sie „Dringlichkeitsvorlage“ oder „Tischvorlage“.",
        ["no-item"] = "Die Sitzung {1} hat keinen Tagesordnungspunkt „{0}“. Bitte laden Sie die Seite neu.",
        ["item-recorded"] = "Zu {0} ist schon ein Ergebnis erfasst; der Punkt bleibt, wie er ist.",
        ["nothing-to-send"] = "Zur Sitzung {0} ist schon eingeladen und die Tagesordnung hat sich seitdem nicht geändert: es gibt nichts zu versenden.",
        ["meeting-past"] = "Die Sitzung {0} am {1} liegt in der Vergangenheit: dazu geht keine Einladung mehr hinaus.",
        ["invitation-too-late"] = "Für die Einladung zur Sitzung {0} ist es auch als dringliche Einladung zu spät: sie hätte bis zum {1} hinausgehen müssen.",
        ["invitation-late"] = "Die Ladungsfrist der Sitzung {0} ist verstrichen: die Einladung hätte bis zum {1} hinausgehen müssen. Kann die Sache nicht warten, laden Sie dringlich ein (Häkchen „dringlich“).",
        ["not-a-member"] = "„{field}“: „{0}“ ist nicht Mitglied des Gremiums.",
        ["present-and-excused"] = "„{field}“: „{0}“ kann nicht zugleich anwesend und entschuldigt sein.",
        ["meeting-not-invited"] = "Zur Sitzung {0} ist noch nicht eingeladen: erst einladen, dann erfassen.",
        ["resolution-changed-required"] = "„{field}“: Bei „mit Änderungen beschlossen“ zu {0} gehört der geänderte Beschlusstext hierher.",
        ["paper-not-in-consultation"] = "Die Drucksache {0} ist nicht (mehr) in der Beratung; ein Ergebnis ist nicht möglich.",
        ["item-takes-no-outcome"] = "„{field}“: {0} ist keine Drucksache; dazu gehören Bemerkung, Beschlusstext und Abstimmung, kein Ergebnis.",
        ["attendance-missing"] = "Zur Sitzung {0} ist die Anwesenheit noch nicht erfasst; bitte erst die Anwesenheit speichern.",
        ["items-without-outcome"] = "Zu {0} fehlt noch das Ergebnis (z. B. „vertagt“); erst dann lässt sich die Sitzung abschließen.",
        ["end-before-start"] = "„{field}“: {0} Uhr liegt nicht nach dem Beginn um {1} Uhr.",
        ["location-required"] = "„{field}“: Das Gremium hat keinen üblichen Sitzungsort; bitte geben Sie den Ort an.",
        ["not-a-time"] = "„{field}“: „{0}“ ist keine Uhrzeit. Bitte geben Sie sie als SS:MM ein, z. B. 17:00.",
        ["meeting-invited-not-moved"] = "Zur Sitzung {0} ist schon eingeladen: Tag, Zeit und Ort stehen in der Einladung. Um sie zu verlegen, sagen Sie die Sitzung mit Grund ab und legen Sie eine neue an.",
        ["meeting-other-year"] = "„{field}“: Die Sitzung {0} ist im Jahr {1} nummeriert und bleibt in diesem Jahr. Für einen Tag in einem anderen Jahr sagen Sie sie ab und legen Sie eine neue an.",
        ["nothing-to-move"] = "Die Sitzung {0} ist schon an diesem Tag, zu dieser Zeit und an diesem Ort: bitte geben Sie an, was sich ändert.",
        ["moved-papers-late"] = "Für den {0} ist die Ladungsfrist bei {1} verstrichen: nehmen Sie diese Punkte von der Tagesordnung und setzen Sie sie als Dringlichkeits- oder Tischvorlage wieder auf; dann lässt sich die Sitzung verlegen.",
        ["meeting-has-outcomes"] = "Zur Sitzung {0} sind schon Ergebnisse erfasst: sie hat stattgefunden und kann nicht abgesagt werden.",
        ["no-meeting-document"] = "Die Sitzung {0} hat kein Dokument in Fassung {1}.",
        ["no-invitation"] = "Zur Sitzung {0} ist noch nicht eingeladen: die Sitzungsmappe folgt der Einladung.",
        ["not-at-this-consultation"] = "Die Drucksache {0} ist noch nicht bei dieser Beratung: eine frühere Beratung in ihrer Beratungsfolge steht noch aus.",
        ["confirm-final"] = "Bitte bestätigen Sie „{0}“: danach ist mit der Drucksache nichts mehr zu tun.",
    };

    public static string Message(DrucksachenException error, FormFields fields)
    {
        var field = fields.Label((error as InputException)?.Field);
        // Plausibility rules word their German themselves: the sentence depends on the dates involved.
        if (error is PlausibilityException plausibility)
            return $"„{field ?? "Eingabe"}“: {plausibility.German}"
                + (plausibility.NeedsConfirmation ? $" Setzen Sie dazu das Häkchen „{ConfirmLabel}“ und speichern Sie erneut." : "");
        // A text that names no field words the error whatever its kind.
        if (error.Text is { } own && Texts.TryGetValue(Key(own), out var whole) && !whole.Contains("{field}", StringComparison.Ordinal))
            return Fill(whole, "", own.Values);
        return error.Kind switch
        {
            ErrorKind.Conflict => Conflict,
            ErrorKind.NotAllowed => "Diese Aktion ist Ihnen hier und jetzt nicht möglich. Bitte laden Sie die Seite neu.",
            ErrorKind.NotFound => "Die Drucksache oder ein darin genannter Eintrag wurde nicht gefunden.",
            _ when error.Text is { } text && Texts.TryGetValue(Key(text), out var template) && field is not null =>
                Fill(template, field, text.Values),
            _ when field is not null => $"Bitte prüfen Sie „{field}“.",
            _ => "Bitte prüfen Sie die Eingaben.",
        };
    }

    /// <summary>The German message of a refusal a page finds itself, before any use case is asked (one that names no field).</summary>
    public static string Message(ErrorText text) => Fill(Texts[text.Key], "", text.Values);

    // An empty value that is not a date is a field left empty.
    private static string Key(ErrorText text) => text is { Key: "not-a-date", Values: [""] } ? "required" : text.Key;

    private static string Fill(string template, string field, IReadOnlyList<string> values)
    {
        var text = template.Replace("{field}", field, StringComparison.Ordinal);
        for (var i = 0; i < values.Count; i++) text = text.Replace("{" + i + "}", values[i], StringComparison.Ordinal);
        return text;
    }
}
