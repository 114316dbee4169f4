namespace Drucksachen.Persistence.Transfer;

/// <summary>
/// What a transfer did: every table's rows and checksums in source and target, and whether the
/// copy was committed (only when every table matches; otherwise the target was left empty).
/// </summary>
public sealed record TransferResult(string Source, string Target, IReadOnlyList<TableTally> Tables, bool Committed)
{
    public IEnumerable<TableTally> Differing => Tables.Where(t => !t.Matches);
}
