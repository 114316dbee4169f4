namespace Drucksachen.Core.History;

/// <summary>The result of checking every paper's history, its data and its documents.</summary>
/// <param name="Papers">Papers checked.</param>
/// <param name="Entries">Entries checked.</param>
/// <param name="Documents">Stored document versions checked against the SHA-512 their history records.</param>
/// <param name="Uncommitted">
/// Papers whose newest entry was written before entries committed to the paper's state: their chain
/// and documents are checked, their current data is not.
/// </param>
/// <param name="Broken">What does not match, in the order found; per paper, the first problem only.</param>
/// <param name="CheckpointMismatch">Why the history does not hold against the checkpoint given, or null.</param>
public sealed record HistoryVerification(int Papers, int Entries, int Documents, int Uncommitted,
    IReadOnlyList<BrokenEntry> Broken, string? CheckpointMismatch = null)
{
    /// <summary>Meetings checked.</summary>
    public int Meetings { get; init; }

    /// <summary>Entries of meetings' histories checked.</summary>
    public int MeetingEntries { get; init; }

    /// <summary>Stored meeting documents checked against the SHA-512 their history records.</summary>
    public int MeetingDocuments { get; init; }

    public bool IsIntact => Broken.Count == 0 && CheckpointMismatch is null;

    public BrokenEntry? FirstBroken => Broken.Count > 0 ? Broken[0] : null;
}

/// <param name="PaperId">The paper (or meeting) whose chain breaks.</param>
/// <param name="Number">Its number, if it has one.</param>
/// <param name="Sequence">The entry's sequence number within the paper (0 when the head is wrong).</param>
/// <param name="Reason">What does not match.</param>
public sealed record BrokenEntry(Guid PaperId, string? Number, int Sequence, string Reason)
{
    /// <summary>The chain is a meeting's, <see cref="PaperId"/> the meeting's id.</summary>
    public bool IsMeeting { get; init; }

    /// <summary>"paper 1803/22", "meeting SAG/001/2022".</summary>
    public string Subject => $"{(IsMeeting ? "meeting" : "paper")} {Number ?? PaperId.ToString("N")}";
}
