using Drucksachen.Web.Features.Forms;

namespace Drucksachen.Web.Features.Meetings;

/// <summary>The labels of the clerk's meeting forms, by the field keys the meeting use cases name in their errors.</summary>
public static class MeetingFields
{
    public static readonly FormFields All = new(new Dictionary<string, string>
    {
        ["body"] = "Gremium",
        ["date"] = "Datum",
        ["start"] = "Beginn",
        ["end"] = "Ende",
        ["location"] = "Ort",
        ["paper"] = "Drucksache",
        ["title"] = "Titel des Tagesordnungspunkts",
        ["item"] = "Tagesordnungspunkt",
        ["reason"] = "Grund der Absage",
        ["present"] = "Anwesenheit",
        ["excused"] = "Anwesenheit",
        ["outcome"] = "Ergebnis",
        ["vote"] = "Abstimmung",
        ["resolution"] = "Beschlusstext",
        ["note"] = "Bemerkung",
        ["comment"] = "Bemerkung",
        ["nextDate"] = "Nächster Sitzungstermin",
    });
}
