using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Papers;

namespace Drucksachen.Core.History;

/// <summary>
/// The public course of a released paper, read from its history: the release with its number and
/// every recorded consultation with body, day, outcome and vote, a correction marked as such. Drafting, co-signing, who acted,
/// comments and workflow states are internal and stay out (<see cref="Access.PaperAccess.SeesInternalHistory"/>
/// says who sees the whole history instead). The steps are told apart by what their entries record
/// (a number at release, a consultation's outcome), not by workflow action names.
/// </summary>
public sealed class PublicHistory(City city)
{
    public IReadOnlyList<PublicHistoryEntry> Of(Paper paper, IEnumerable<HistoryEntry> entries)
    {
        if (paper.ReleasedAt is not { } released) return [];
        var course = new List<PublicHistoryEntry>();
        foreach (var entry in entries)
        {
            if (entry.At < released || Parse(entry.Details) is not { } details) continue;
            if (entry.At == released && Text(details, "number") is { } number)
                course.Add(new(entry.At, $"Freigegeben als {paper.Type} {number}"));
            else if (Text(details, "consultation") is { } body && Text(details, "outcome") is { } outcome)
                course.Add(new(entry.At, (details["corrects"] is null ? "" : "Berichtigung: ")
                    + Consultation(body, Text(details, "date") ?? Text(details, "meeting"), outcome, Text(details, "vote"), details["next"] as JsonObject)));
        }
        return course;
    }

    private string Consultation(string body, string? day, string outcome, string? vote, JsonObject? next)
    {
        var text = $"{BodyName(body)}{(day is null ? "" : ", Sitzung am " + PaperDates.German(day))}: {Outcome.Label(outcome)}";
        if (vote is not null) text += "; Abstimmung: " + (vote == "einstimmig" ? vote : vote + " (Ja/Nein/Enthaltungen)");
        if (next is not null && Text(next, "consultation") is { } nextBody)
            text += $"; weiter im {BodyName(nextBody)}{(Text(next, "meeting") is { } meeting ? " am " + PaperDates.German(meeting) : "")}";
        return text;
    }

    private string BodyName(string key) => city.FindBody(key)?.Name ?? key;

    private static string? Text(JsonObject details, string key) => details[key] is JsonValue value ? value.ToString() : null;

    private static JsonObject? Parse(string json)
    {
        try { return JsonNode.Parse(json) as JsonObject; }
        catch (JsonException) { return null; }
    }
}
