using System.Text.Json.Nodes;

namespace Drucksachen.Core.Meetings;

/// <summary>
/// What changed on an invited meeting's agenda since it last went out (the invitation or the latest
/// supplementary agenda): the next supplement lists the items added, the items taken off ("abgesetzt") with the
/// numbers the members have in hand, and the whole agenda as it now stands when an item already sent moved or
/// got another number. The agenda as sent is kept in the details of the history entry that sent it.
/// </summary>
/// <param name="Supplement">The number of the supplementary agenda these changes make.</param>
/// <param name="Withdrawn">Items sent before and taken off since, with the numbers they were sent with.</param>
/// <param name="Renumbered">An item sent before now stands in another place or under another number.</param>
public sealed record AgendaChanges(int Supplement, bool HasAdded, IReadOnlyList<SentItem> Withdrawn, bool Renumbered)
{
    private const string SentKey = "sent";

    public bool Any => HasAdded || Withdrawn.Count > 0 || Renumbered;

    /// <summary>Records the agenda as it goes out now into the details of the history entry that sends it.</summary>
    public static void RecordSent(Meeting meeting, JsonObject details) =>
        details[SentKey] = new JsonArray(AgendaNumbering.Lines(meeting).Where(l => l.Item is not null).Select(l => (JsonNode)new JsonObject
        {
            ["id"] = l.Item!.Id.ToString("N"),
            ["number"] = l.Number,
            ["public"] = l.IsPublic,
            ["title"] = l.Item.Title,
            ["paper"] = l.Item.PaperId?.ToString("N"),
        }).ToArray());

    /// <summary>The changes since the last invitation or supplement in <paramref name="history"/>, the meeting's history in order.</summary>
    public static AgendaChanges Since(Meeting meeting, IReadOnlyList<MeetingHistoryEntry> history)
    {
        var supplement = meeting.Supplements + 1;
        var hasAdded = meeting.Items.Any(i => i.Supplement == supplement);
        var last = history.LastOrDefault(e => e.Action is "invite" or "supplement");
        if (last is null || JsonNode.Parse(last.Details)?[SentKey] is not JsonArray sent)
            return new AgendaChanges(supplement, hasAdded, [], false);

        var items = sent.Select(n => new SentItem(Guid.Parse((string)n!["id"]!), (string)n["number"]!, (bool)n["public"]!,
            (string?)n["title"], n["paper"] is { } paper ? Guid.Parse((string)paper!) : null)).ToList();
        var now = AgendaNumbering.Lines(meeting).Where(l => l.Item is not null).ToDictionary(l => l.Item!.Id, l => l.Number);
        // Within a part an item's number follows from its place, so an item moved also changes numbers.
        var renumbered = items.Any(i => now.TryGetValue(i.Id, out var number) && number != i.Number);
        return new AgendaChanges(supplement, hasAdded, items.Where(i => !now.ContainsKey(i.Id)).ToList(), renumbered);
    }
}
