namespace Drucksachen.Persistence.Transfer;

/// <summary>
/// One table of a transfer: its rows and checksum in the source and in the target. The checksum is
/// a SHA-256 over every row's values as the product reads them, independent of row order and of the
/// database's types, so the same data gives the same checksum on every provider.
/// </summary>
public sealed record TableTally(string Table, long SourceRows, string SourceChecksum, long TargetRows, string TargetChecksum)
{
    public bool Matches => SourceRows == TargetRows && SourceChecksum == TargetChecksum;
}
