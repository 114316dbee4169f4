using System.Globalization;
using System.Text.Json.Nodes;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Deadlines;
using Drucksachen.Core.Papers;

namespace Drucksachen.Web.Features.Papers;

/// <summary>German words for what the domain stores as keys: bodies, roles, actions, dates.</summary>
public sealed class Labels(City city)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        ["import"] = "angelegt",
        ["migrate"] = "aus dem Altbestand übernommen",
        ["submit"] = "eingereicht",
        ["cosign"] = "mitgezeichnet",
        ["return"] = "zurückgegeben",
        ["release"] = "freigegeben",
        ["record"] = "Beratungsergebnis erfasst",
        ["correct"] = "Berichtigung des Beratungsergebnisses",
        ["withdraw"] = "zurückgezogen",
        ["edit"] = "Entwurf bearbeitet",
        ["render"] = "PDF erzeugt",
        ["schedule"] = "auf die Tagesordnung gesetzt",
        ["unschedule"] = "von der Tagesordnung abgesetzt",
        ["reschedule"] = "Sitzung verlegt",
        ["timer"] = "Frist",
    };

    private static readonly Dictionary<string, string> Roles = new(StringComparer.Ordinal)
    {
        ["author"] = "Fachamt",
        ["approver"] = "Freigabe",
        ["clerk"] = "Sitzungsdienst",
        ["council"] = "Ratsmitglied",
        ["admin"] = "Administration",
        ["cosigner"] = "Mitzeichnung",
        ["system"] = "System",
        ["import"] = "Import",
    };

    private static readonly Dictionary<string, string> Sections = new(StringComparer.Ordinal)
    {
        ["sachverhalt"] = "Sachverhalt",
        ["beschlussvorschlag"] = "Beschlussvorschlag",
        ["begruendung"] = "Begründung",
        ["finanzielle_auswirkungen"] = "Finanzielle Auswirkungen",
        ["antrag"] = "Antrag",
    };

    public string Body(string key) => city.FindBody(key)?.Name ?? key;

    public string Role(ConsultationRole role) => ConsultationRoles.German(role);

    public static string Outcome(string? outcome) => outcome is null ? "" : Core.Papers.Outcome.Label(outcome);

    public static string Action(string action) => Actions.GetValueOrDefault(action, action);

    public static string UserRole(string role) => Roles.GetValueOrDefault(role, role);

    public static string Section(string key) =>
        Sections.TryGetValue(key, out var label) ? label
            : key.Length == 0 ? key : char.ToUpperInvariant(key[0]) + key[1..].Replace('_', ' ');

    /// <summary>What a missed notice period makes of a paper; empty while it is in time.</summary>
    public static string Urgency(DeadlineStatus status) => status switch
    {
        DeadlineStatus.Urgent => "Dringlichkeitsvorlage (Regelfrist versäumt)",
        DeadlineStatus.Late => "Tischvorlage (Frist versäumt)",
        _ => "",
    };

    /// <summary>"bis 04.10.2022, 23:59 Uhr für die Sitzung … am …; als Dringlichkeitsvorlage bis …".</summary>
    public string ReleaseDeadline(ReleaseDeadlines deadlines) =>
        $"bis {Time(deadlines.Regular.AddMinutes(-1))} für die Sitzung {deadlines.Body} am {Date(deadlines.Meeting)}"
        + (deadlines.Urgent is { } urgent ? $"; als Dringlichkeitsvorlage bis {Time(urgent.AddMinutes(-1))}" : "");

    public static string Count(int count) => count.ToString("N0", German);

    /// <summary>A number with its noun in singular or plural: "1 Drucksache", "1.000 Drucksachen", "0 Enthaltungen".</summary>
    public static string Plural(int count, string one, string many) => $"{Count(count)} {(count == 1 ? one : many)}";

    /// <summary>A recorded vote ("12/3/1" or "einstimmig") in words: "12 Ja, 3 Nein, 1 Enthaltung".</summary>
    public static string Vote(string vote) =>
        vote.Split('/') is [var yes, var no, var abstentions] && int.TryParse(abstentions, CultureInfo.InvariantCulture, out var a)
            ? $"{yes} Ja, {no} Nein, {Plural(a, "Enthaltung", "Enthaltungen")}"
            : vote;

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", German);

    public string Time(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, city.TimeZone).ToString("dd.MM.yyyy, HH:mm 'Uhr'", German);

    public static string Size(long bytes) =>
        bytes < 1024 ? $"{bytes} Bytes" : bytes < 1024 * 1024 ? $"{bytes / 1024.0:0.#} KB".Replace('.', ',') : $"{bytes / 1048576.0:0.#} MB".Replace('.', ',');

    /// <summary>
    /// The details of a history entry as short readable text in German: "Gremium: Ausschuss für
    /// Soziales; Beratung am 03.11.2022; Ergebnis: zur Kenntnis genommen; Abstimmung: 12 Ja, …".
    /// </summary>
    public string Details(string json)
    {
        JsonNode? node;
        try { node = JsonNode.Parse(json); }
        catch (System.Text.Json.JsonException) { return json; }
        if (node is not JsonObject obj) return "";
        var parts = new List<string>();
        foreach (var (key, value) in obj)
        {
            if (value is not null && Detail(key, value) is { Length: > 0 } part) parts.Add(part);
        }
        return string.Join("; ", parts);
    }

    private string? Detail(string key, JsonNode value) => key switch
    {
        "outcome" => "Ergebnis: " + Outcome(value.ToString()),
        "vote" => "Abstimmung: " + Vote(value.ToString()),
        "comment" => "Bemerkung: " + value,
        "number" => "Nummer: " + value,
        "office" => "Amt: " + value,
        "consultation" => "Gremium: " + Body(value.ToString()),
        "meeting" => "Beratung am " + PaperDates.German(value.ToString()),
        "date" => "beraten am " + PaperDates.German(value.ToString()),
        "from" => "vorher am " + PaperDates.German(value.ToString()),
        "next" when value is JsonObject next =>
            $"nächste Beratung: {Body(next["consultation"]?.ToString() ?? "")} am {PaperDates.German(next["meeting"]?.ToString() ?? "")}",
        "agenda" => "Sitzung " + value,
        "item" => "TOP " + value,
        "marking" => value.ToString() switch { "urgent" => "Dringlichkeitsvorlage", "table" => "Tischvorlage", var other => other },
        "deadline" => value.ToString() switch
        {
            "late" => Urgency(DeadlineStatus.Late),
            "urgent" => Urgency(DeadlineStatus.Urgent),
            var other => "Frist: " + other,
        },
        "corrects" when value is JsonObject corrected =>
            $"berichtigt Eintrag Nr. {corrected["entry"]} (Ergebnis war: {Outcome(corrected["outcome"]?.ToString())}; "
            + $"SHA-256 {corrected["hash"]?.ToString()[..16]}…)",
        "document" when value is JsonObject doc => $"PDF: {doc["file"]} (SHA-512 {doc["sha512"]?.ToString()[..16]}…)",
        "changed" when value is JsonArray changed => "geändert: " + string.Join(", ", changed.Select(c => c?.ToString())),
        "source" or "workflow" => null,
        _ => value is JsonValue ? $"{key}: {value}" : $"{key}: {value.ToJsonString()}",
    };
}
