using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Drucksachen.Core.History;

/// <summary>Counts the entries up to an entry id, as they stream by, into a <see cref="HistoryCheckpoint"/>.</summary>
internal sealed class CheckpointTally(long upTo)
{
    private readonly Dictionary<Guid, (int Sequence, string Hash)> _newest = [];
    private long _entries;
    private long _lastId;

    /// <summary>Takes an entry into account if it is within the tally; entries arrive in sequence order per paper.</summary>
    public void Add(HistoryEntry entry)
    {
        if (entry.Id > upTo) return;
        _entries++;
        _lastId = Math.Max(_lastId, entry.Id);
        _newest[entry.PaperId] = (entry.Sequence, entry.Hash);
    }

    public HistoryCheckpoint ToCheckpoint(DateTimeOffset at)
    {
        var text = new StringBuilder();
        foreach (var (paper, (sequence, hash)) in _newest.OrderBy(p => p.Key.ToString("N"), StringComparer.Ordinal))
            text.Append(CultureInfo.InvariantCulture, $"{paper:N} {sequence} {hash}\n");
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return new HistoryCheckpoint(HistoryCheckpoint.CurrentFormat, at.ToUniversalTime(), upTo == long.MaxValue ? _lastId : upTo,
            _newest.Count, _entries, digest);
    }
}
