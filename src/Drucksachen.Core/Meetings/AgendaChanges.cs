using System.Text.Json.Nodes;

namespace Drucksachen.Core.Meetings;

/// <summary>
/// What changed on an invited meeting's agenda since it last went out (the invitation or the latest
/// supplementary agenda): the next supplement lists the items added, the items taken off ("abgesetzt") with the
/// numbers the members have in hand, and the whole agenda as it now stands when an item already sent moved or
/// got another number. The agenda as sent is kept in the details of the history entry that sent it.
/// </summary>
/// <param name="Supplement">The number of the supplementary agenda these changes make.</param>
/// <param name="HasAdded">Items were added since; they carry the supplement's number (<see cref="AgendaItem.Supplement"/>).</param>
/// <param name="Withdrawn">Items sent before and taken off since, with the numbers they were sent with.</param>
/// <param name="Renumbered">An item sent before now stands in another place or under another number.</param>
public sealed record AgendaChanges(int Supplement, bool HasAdded, IReadOnlyList<SentItem> Withdrawn, bool Renumbered)
{
    private const string SentKey = "sent";

    public bool Any => HasAdded || Withdrawn.Count > 0 || Renumbered;

    /// <summary>
    /// Records the agenda as it goes out now into the details of the history entry that sends it: ids and numbers,
    /// no titles, so that the entry tells nothing of the non-public part that the agenda's public edition does not.
    /// </summary>
    public static void RecordSent(Meeting meeting, JsonObject details) =>
        details[SentKey] = new JsonArray(AgendaNumbering.Lines(meeting).Where(l => l.Item is not null).Select(l => (JsonNode)new JsonObject
        {
            ["id"] = l.Item!.Id.ToString("N"),
            ["number"] = l.Number,
            ["public"] = l.IsPublic,
            ["paper"] = l.Item.PaperId?.ToString("N"),
        }).ToArray());

    /// <summary>The changes since the last invitation or supplement in <paramref name="history"/>, the meeting's history in order.</summary>
    public static AgendaChanges Since(Meeting meeting, IReadOnlyList<MeetingHistoryEntry> history)
    {
        var supplement = meeting.Supplements + 1;
        var hasAdded = meeting.Items.Any(i => i.Supplement == supplement);
        var last = history.Select((e, i) => (Entry: e, Index: i)).LastOrDefault(e => e.Entry.Action is "invite" or "supplement");
        if (last.Entry is null || JsonNode.Parse(last.Entry.Details)?[SentKey] is not JsonArray sent)
            return new AgendaChanges(supplement, hasAdded, [], false);

        // A standard or free item taken off is named by the title its removal recorded.
        var removed = history.Skip(last.Index + 1).Where(e => e.Action == "remove-item").Select(e => JsonNode.Parse(e.Details)!)
            .Where(d => d["id"] is not null).ToDictionary(d => Guid.Parse((string)d["id"]!), d => (string?)d["title"]);
        var items = sent.Select(n => new SentItem(Guid.Parse((string)n!["id"]!), (string)n["number"]!, (bool)n["public"]!, null,
            n["paper"] is { } paper ? Guid.Parse((string)paper!) : null)).ToList();
        var now = AgendaNumbering.Lines(meeting).Where(l => l.Item is not null).ToDictionary(l => l.Item!.Id, l => l.Number);
        var withdrawn = items.Where(i => !now.ContainsKey(i.Id)).Select(i => i with { Title = removed.GetValueOrDefault(i.Id) }).ToList();
        // Within a part an item's number follows from its place, so an item moved also changes numbers.
        var renumbered = items.Any(i => now.TryGetValue(i.Id, out var number) && number != i.Number);
        return new AgendaChanges(supplement, hasAdded, withdrawn, renumbered);
    }
}
