using Drucksachen.Core.History;

namespace Drucksachen.Core.Meetings;

/// <summary>
/// One entry of a meeting's append-only history, chained by the same hash as a paper's
/// (<see cref="HistoryHasher"/>) and committing to the meeting's state after it (<see cref="MeetingState"/>).
/// </summary>
public sealed class MeetingHistoryEntry
{
    private MeetingHistoryEntry() { }

    internal MeetingHistoryEntry(Guid meetingId, int sequence, DateTimeOffset at, string actor, string role, string action,
        string? fromState, string toState, string details, string stateHash, string previousHash)
    {
        MeetingId = meetingId;
        Sequence = sequence;
        At = at.ToUniversalTime();
        Actor = actor;
        Role = role;
        Action = action;
        FromState = fromState;
        ToState = toState;
        Details = details;
        StateHash = stateHash;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public long Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public int Sequence { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; } = "";
    public string Role { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string? FromState { get; private set; }
    public string ToState { get; private set; } = "";

    /// <summary>JSON object with what happened: the item, the paper, the documents with their checksums...</summary>
    public string Details { get; private set; } = "{}";
    public string StateHash { get; private set; } = "";
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    public string ComputeHash() =>
        HistoryHasher.Hash(MeetingId, Sequence, At, Actor, Role, Action, FromState, ToState, Details, PreviousHash, StateHash);
}
