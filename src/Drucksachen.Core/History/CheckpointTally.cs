using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Drucksachen.Core.History;

/// <summary>
/// Counts the entries of one kind of history (papers' or meetings') up to an entry id, as they
/// stream by, and hashes the newest entry of each chain.
/// </summary>
internal sealed class CheckpointTally(long upTo)
{
    private readonly Dictionary<Guid, (int Sequence, string Hash)> _newest = [];
    private long _lastId;

    /// <summary>Chains with entries within the tally.</summary>
    public int Chains => _newest.Count;

    /// <summary>Entries within the tally.</summary>
    public long Entries { get; private set; }

    /// <summary>The newest entry id it covers: its limit, or for a tally of everything the newest entry seen.</summary>
    public long LastId => upTo == long.MaxValue ? _lastId : upTo;

    /// <summary>Takes an entry into account if it is within the tally.</summary>
    public void Add(long id, Guid chain, int sequence, string hash)
    {
        if (id > upTo) return;
        Entries++;
        _lastId = Math.Max(_lastId, id);
        if (!_newest.TryGetValue(chain, out var newest) || newest.Sequence < sequence)
            _newest[chain] = (sequence, hash);
    }

    /// <summary>SHA-256 over each chain's id, newest sequence number and entry hash, ordered by chain id.</summary>
    public string Digest()
    {
        var text = new StringBuilder();
        foreach (var (chain, (sequence, hash)) in _newest.OrderBy(p => p.Key.ToString("N"), StringComparer.Ordinal))
            text.Append(CultureInfo.InvariantCulture, $"{chain:N} {sequence} {hash}\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
