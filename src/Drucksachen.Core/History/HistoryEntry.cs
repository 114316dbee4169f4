namespace Drucksachen.Core.History;

/// <summary>
/// One entry of a paper's append-only history. There is no way to change or delete an entry:
/// a correction is a new entry. <see cref="Hash"/> chains it to <see cref="PreviousHash"/>.
/// </summary>
public sealed class HistoryEntry
{
    private HistoryEntry() { }

    internal HistoryEntry(Guid paperId, int sequence, DateTimeOffset at, string actor, string role, string action,
        string? fromState, string toState, string details, string? stateHash, string previousHash)
    {
        PaperId = paperId;
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
        Hash = HistoryHasher.Hash(this);
    }

    public long Id { get; private set; }
    public Guid PaperId { get; private set; }

    /// <summary>1 for the first entry of a paper, then consecutive.</summary>
    public int Sequence { get; private set; }

    /// <summary>When, in UTC.</summary>
    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; } = "";
    public string Role { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string? FromState { get; private set; }
    public string ToState { get; private set; } = "";

    /// <summary>JSON object with what happened: outcome, vote, comment, number, document checksum...</summary>
    public string Details { get; private set; } = "{}";

    /// <summary>
    /// The paper's state after this entry (see <see cref="PaperState"/>). Null in entries written
    /// before entries committed to it.
    /// </summary>
    public string? StateHash { get; private set; }

    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";
}
