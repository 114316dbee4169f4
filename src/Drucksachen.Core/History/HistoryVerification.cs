namespace Drucksachen.Core.History;

/// <summary>The result of checking every paper's history chain.</summary>
/// <param name="Papers">Papers checked.</param>
/// <param name="Entries">Entries checked.</param>
/// <param name="FirstBroken">The first entry that does not match, or null when all do.</param>
public sealed record HistoryVerification(int Papers, int Entries, BrokenEntry? FirstBroken)
{
    public bool IsIntact => FirstBroken is null;
}

/// <param name="PaperId">The paper whose chain breaks.</param>
/// <param name="Number">Its number, if it has one.</param>
/// <param name="Sequence">The entry's sequence number within the paper (0 when the head is wrong).</param>
/// <param name="Reason">What does not match.</param>
public sealed record BrokenEntry(Guid PaperId, string? Number, int Sequence, string Reason);
