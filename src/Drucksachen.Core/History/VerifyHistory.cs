using Drucksachen.Core.Storage;

namespace Drucksachen.Core.History;

/// <summary>
/// Recomputes every history chain: each entry's hash over its content and its predecessor's hash,
/// consecutive sequence numbers, and the chain's end against the anchor kept on the paper (so a
/// deleted last entry is found too). Reports the first entry that does not match.
/// </summary>
public sealed class VerifyHistory(IPaperStore store)
{
    public async Task<HistoryVerification> ExecuteAsync(CancellationToken ct)
    {
        var heads = new Dictionary<Guid, ChainHead>();
        await foreach (var head in store.ChainHeadsAsync(ct)) heads[head.PaperId] = head;

        var entries = 0;
        var seen = new Dictionary<Guid, (int Count, string Hash)>();
        await foreach (var e in store.AllHistoryAsync(ct))
        {
            entries++;
            var (count, previous) = seen.GetValueOrDefault(e.PaperId, (0, HistoryHasher.Genesis));
            var number = heads.GetValueOrDefault(e.PaperId)?.Number;
            if (e.Sequence != count + 1)
                return Broken(heads.Count, entries, new BrokenEntry(e.PaperId, number, e.Sequence, $"expected entry {count + 1}, found {e.Sequence}: an entry is missing"));
            if (e.PreviousHash != previous)
                return Broken(heads.Count, entries, new BrokenEntry(e.PaperId, number, e.Sequence, "does not link to the entry before it"));
            if (HistoryHasher.Hash(e) != e.Hash)
                return Broken(heads.Count, entries, new BrokenEntry(e.PaperId, number, e.Sequence, "content does not match its hash: the entry was altered"));
            seen[e.PaperId] = (e.Sequence, e.Hash);
        }

        foreach (var head in heads.Values)
        {
            var (count, hash) = seen.GetValueOrDefault(head.PaperId, (0, HistoryHasher.Genesis));
            if (count != head.Count || (count > 0 && hash != head.Head))
                return Broken(heads.Count, entries, new BrokenEntry(head.PaperId, head.Number, count + 1,
                    $"the paper records {head.Count} entries, the history has {count}: entries were removed or replaced"));
        }
        return new HistoryVerification(heads.Count, entries, null);
    }

    private static HistoryVerification Broken(int papers, int entries, BrokenEntry entry) => new(papers, entries, entry);
}
