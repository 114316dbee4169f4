using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;

namespace Drucksachen.Core.History;

/// <summary>
/// Appends entries to a paper's history, chaining each to the one before and committing it to the
/// paper's state after the change (<see cref="PaperState"/>): call it once the paper is changed.
/// </summary>
public static class HistoryChain
{
    // Umlauts stay readable in the stored details; the text is hashed as stored, never re-encoded.
    internal static readonly JsonSerializerOptions DetailsJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static HistoryEntry Append(IPaperSession session, Paper paper, DateTimeOffset at, string actor, string role,
        string action, string? from, string to, JsonObject details)
    {
        var previous = paper.HistoryCount == 0 ? HistoryHasher.Genesis : paper.HistoryHead;
        var entry = new HistoryEntry(paper.Id, paper.HistoryCount + 1, at, actor, role, action, from, to,
            details.ToJsonString(DetailsJson), PaperState.Of(paper), previous);
        session.Append(entry);
        paper.Appended(entry.Hash, at);
        return entry;
    }
}
