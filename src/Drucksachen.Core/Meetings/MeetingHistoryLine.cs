using System.Text.Json;
using System.Text.Json.Nodes;
using Drucksachen.Core.Access;
using Drucksachen.Core.Users;

namespace Drucksachen.Core.Meetings;

/// <summary>
/// One entry of a meeting's history as a viewer may read it. An entry about a non-public item is
/// <see cref="Withheld"/> from those who may not see the non-public part: it keeps the item's number
/// and nothing else of what happened to it (no title, paper, outcome or text), as the public edition
/// of the agenda does. Of the other entries they read only what the public part shows anyway, so a
/// detail no one has judged public stays out until it is added here. Members are named as on the
/// meeting page, not by their accounts.
/// </summary>
/// <param name="Actor">The account that acted, for staff only (<see cref="PaperAccess.SeesEverything"/>); null for everyone else.</param>
/// <param name="Details">What happened, as stored, less what the viewer may not read.</param>
public sealed record MeetingHistoryLine(int Sequence, DateTimeOffset At, string? Actor, string Role, string Action, string? FromState,
    string ToState, JsonObject Details, bool Withheld)
{
    // Kept of an entry about a non-public item: its number, where it moved, which supplement added it.
    private static readonly HashSet<string> WithheldKeeps = new(StringComparer.Ordinal) { "item", "to", "supplement" };

    // What the public reads of an entry about the meeting or a public item: what its page and public editions show.
    private static readonly HashSet<string> PublicKeeps = new(StringComparer.Ordinal)
    {
        "number", "date", "start", "end", "location", "reason", "removed", "urgent", "documents", "present", "excused",
        "item", "to", "supplement", "paper", "title", "marking", "outcome", "vote", "resolution", "note",
    };

    private static readonly string[] MemberLists = ["present", "excused"];

    /// <summary>The entry as <paramref name="viewer"/> of <paramref name="meeting"/> may read it; <paramref name="members"/> names the body's members.</summary>
    public static MeetingHistoryLine Of(MeetingHistoryEntry entry, Meeting meeting, UserProfile? viewer, IReadOnlyList<AttendanceEntry> members)
    {
        var showsNonPublic = MeetingAccess.SeesNonPublicPart(viewer, meeting.Body);
        var details = Parse(entry.Details);
        var withheld = !showsNonPublic && details["item"] is JsonValue item && AgendaNumbering.IsNonPublic(item.ToString());
        if (!showsNonPublic)
        {
            var keeps = withheld ? WithheldKeeps : PublicKeeps;
            foreach (var key in details.Select(p => p.Key).Where(k => !keeps.Contains(k)).ToList()) details.Remove(key);
            if (details["documents"] is JsonArray documents)
                foreach (var edition in documents.Where(d => d?["public"]?.GetValue<bool>() == false).ToList()) documents.Remove(edition);
        }
        foreach (var list in MemberLists)
            if (details[list] is JsonArray ids)
                details[list] = new JsonArray(ids.Select(id => (JsonNode?)Name(id?.ToString() ?? "", members)).ToArray());
        return new MeetingHistoryLine(entry.Sequence, entry.At, PaperAccess.SeesEverything(viewer) ? entry.Actor : null, entry.Role, entry.Action,
            entry.FromState, entry.ToState, details, withheld);
    }

    private static string Name(string member, IReadOnlyList<AttendanceEntry> members) =>
        members.FirstOrDefault(m => string.Equals(m.Member, member, StringComparison.OrdinalIgnoreCase))?.Name ?? member;

    private static JsonObject Parse(string json)
    {
        try { return JsonNode.Parse(json) as JsonObject ?? []; }
        catch (JsonException) { return []; }
    }
}
