using Drucksachen.Core.Storage;

namespace Drucksachen.Web.OParl;

public sealed class FileEntry(PublicDocument data, PaperEntry paper) : IOParlEntry
{
    public PublicDocument Data { get; } = data;
    public PaperEntry Paper { get; } = paper;
    public DateTimeOffset Created { get; } = OParlIndex.Seconds(data.CreatedAt);

    /// <summary>A stored version never changes; it is deleted when its paper is withdrawn.</summary>
    public DateTimeOffset Modified => Deleted ? OParlIndex.Max(Created, Paper.Modified) : Created;
    public bool Deleted => Paper.Deleted;
}
