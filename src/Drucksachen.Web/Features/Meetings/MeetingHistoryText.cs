using System.Text.Json.Nodes;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Papers;
using Drucksachen.Web.Features.Papers;

namespace Drucksachen.Web.Features.Meetings;

/// <summary>A meeting's history entries in German words: what was done, and what the entry records of it.</summary>
public static class MeetingHistoryText
{
    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        ["create"] = "Sitzung angelegt",
        ["reschedule"] = "Sitzung verlegt",
        ["schedule"] = "Drucksache auf die Tagesordnung gesetzt",
        ["add-item"] = "Tagesordnungspunkt aufgenommen",
        ["move-item"] = "Tagesordnungspunkt verschoben",
        ["remove-item"] = "von der Tagesordnung abgesetzt",
        ["invite"] = "eingeladen",
        ["supplement"] = "Nachtrag zur Tagesordnung versandt",
        ["cancel"] = "Sitzung abgesagt",
        ["attend"] = "Anwesenheit erfasst",
        ["record"] = "Ergebnis erfasst",
        ["close"] = "Sitzung abgeschlossen, Niederschrift erstellt",
    };

    public static string Action(string action) => Actions.GetValueOrDefault(action, action);

    /// <summary>"–" before the first entry, else the state's German word.</summary>
    public static string State(string? state) => state is null ? "–" : MeetingStates.Label(state);

    /// <summary>What an entry records, e.g. "TOP Ö 4.1; Drucksache 1803/22; Dringlichkeitsvorlage".</summary>
    public static string Details(MeetingHistoryLine line)
    {
        var parts = new List<string>();
        foreach (var (key, value) in line.Details)
        {
            if (value is null || Part(key, value, line.Withheld) is not { Length: > 0 } part) continue;
            parts.Add(part);
        }
        return string.Join("; ", parts);
    }

    private static string? Part(string key, JsonNode value, bool withheld) => key switch
    {
        "item" => $"TOP {value}" + (withheld ? " (nichtöffentlich)" : ""),
        "to" => $"jetzt TOP {value}",
        "number" => $"Sitzung {value}",
        "date" => "am " + PaperDates.German(value.ToString()),
        "start" => $"Beginn {value} Uhr",
        "end" => $"Ende {value} Uhr",
        "location" => $"Ort: {value}",
        "paper" => $"Drucksache {value}",
        "title" => $"„{value}“",
        "marking" => value.ToString() switch { "urgent" => "Dringlichkeitsvorlage", "table" => "Tischvorlage", var other => other },
        "supplement" => value is JsonValue v && v.TryGetValue(out int n) && n == 0 ? null : $"Nachtrag {value}",
        "urgent" => value is JsonValue u && u.TryGetValue(out bool urgent) && urgent ? "dringlich" : null,
        "reason" => $"Grund: {value}",
        "previous" when value is JsonObject previous =>
            "vorher " + string.Join(", ", previous.Select(p => p.Value is null ? null : Part(p.Key, p.Value, withheld)).OfType<string>()),
        "removed" when value is JsonArray removed => removed.Count == 0 ? null : "abgesetzt: " + List(removed),
        "present" when value is JsonArray present => "anwesend: " + (present.Count == 0 ? "niemand" : List(present)),
        "excused" when value is JsonArray excused => excused.Count == 0 ? null : "entschuldigt: " + List(excused),
        "outcome" => "Ergebnis: " + Labels.Outcome(value.ToString()),
        "vote" => "Abstimmung: " + Labels.Vote(value.ToString()),
        "resolution" => $"Beschluss: {value}",
        "note" => $"Bemerkung: {value}",
        "documents" when value is JsonArray documents => string.Join(", ", documents.OfType<JsonObject>().Select(Document)),
        "sent" when value is JsonArray sent => "versandt mit: " + string.Join(", ", sent.Select(i => i?["number"]?.ToString())),
        "consultation" or "paperEntry" or "id" => null,
        _ => value is JsonValue ? $"{key}: {value}" : $"{key}: {value.ToJsonString()}",
    };

    // "PDF Einladung-SAG-001-2026-oeffentlich-v1.pdf (SHA-512 0f3c…)": the checksum the verification compares the stored file with.
    private static string Document(JsonObject document)
    {
        var sha512 = document["sha512"]?.ToString() ?? "";
        return $"PDF {document["file"]} (SHA-512 {sha512[..Math.Min(16, sha512.Length)]}…)";
    }

    private static string List(JsonArray values) => string.Join(", ", values.Select(v => v?.ToString()));
}
