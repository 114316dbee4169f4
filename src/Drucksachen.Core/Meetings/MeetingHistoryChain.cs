using System.Text.Json.Nodes;
using Drucksachen.Core.History;
using Drucksachen.Core.Storage;

namespace Drucksachen.Core.Meetings;

/// <summary>Appends entries to a meeting's history, as <see cref="HistoryChain"/> does to a paper's: call it once the meeting is changed.</summary>
public static class MeetingHistoryChain
{
    public static MeetingHistoryEntry Append(IMeetingSession session, Meeting meeting, DateTimeOffset at, string actor, string role,
        string action, string? from, JsonObject details)
    {
        var previous = meeting.HistoryCount == 0 ? HistoryHasher.Genesis : meeting.HistoryHead;
        var entry = new MeetingHistoryEntry(meeting.Id, meeting.HistoryCount + 1, at, actor, role, action, from, meeting.State,
            details.ToJsonString(HistoryChain.DetailsJson), MeetingState.Of(meeting), previous);
        session.Append(entry);
        meeting.Appended(entry.Hash, at);
        return entry;
    }
}
