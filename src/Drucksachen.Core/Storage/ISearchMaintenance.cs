namespace Drucksachen.Core.Storage;

/// <summary>Upkeep of the search, after a large import or at a quiet hour.</summary>
public interface ISearchMaintenance
{
    /// <summary>
    /// Brings the search indexes into the shape that reads fastest (e.g. merges what many small
    /// writes added piece by piece); what that takes is the database's business.
    /// </summary>
    Task CompactAsync(CancellationToken ct);
}
