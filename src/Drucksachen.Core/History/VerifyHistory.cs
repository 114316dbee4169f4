using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Drucksachen.Core.Storage;

namespace Drucksachen.Core.History;

/// <summary>
/// Checks what the history proves, from one snapshot of the database: each entry's hash over its
/// content and its predecessor's hash, consecutive sequence numbers, the chain's end against the
/// anchor kept on the paper (so a deleted last entry is found too); the paper's data against the
/// state its newest entry commits to (<see cref="PaperState"/>); every stored PDF against the
/// SHA-512 its history records, and no PDF missing or unrecorded. Against a
/// <see cref="HistoryCheckpoint"/> it also finds entries made before the checkpoint that were
/// removed or rewritten together with their anchors.
/// </summary>
public sealed class VerifyHistory(IHistoryAuditSource audits, TimeProvider clock)
{
    public Task<HistoryVerification> ExecuteAsync(CancellationToken ct) => ExecuteAsync(null, ct);

    /// <param name="against">A checkpoint taken earlier, or null.</param>
    public async Task<HistoryVerification> ExecuteAsync(HistoryCheckpoint? against, CancellationToken ct) =>
        (await RunAsync(against, ct)).Verification;

    /// <summary>Verifies everything and returns a checkpoint of the history it verified.</summary>
    public Task<(HistoryVerification Verification, HistoryCheckpoint Checkpoint)> CheckpointAsync(CancellationToken ct) =>
        RunAsync(null, ct);

    private async Task<(HistoryVerification Verification, HistoryCheckpoint Checkpoint)> RunAsync(HistoryCheckpoint? against, CancellationToken ct)
    {
        if (against is not null && against.Format != HistoryCheckpoint.CurrentFormat)
            throw new Errors.InputException(null, null, "checkpoint.format", $"'{against.Format}' is not a checkpoint format this version reads ({HistoryCheckpoint.CurrentFormat})");
        var broken = new List<BrokenEntry>();
        var chains = new Dictionary<Guid, Chain>();
        var whole = new CheckpointTally(long.MaxValue);
        var upToCheckpoint = new CheckpointTally(against?.LastEntryId ?? 0);
        int entries = 0, papers = 0, documents = 0, uncommitted = 0;
        var numbers = new Dictionary<Guid, string?>();

        await using (var audit = await audits.OpenAuditAsync(ct))
        {
            await foreach (var entry in audit.HistoryAsync(ct))
            {
                entries++;
                whole.Add(entry);
                upToCheckpoint.Add(entry);
                if (!chains.TryGetValue(entry.PaperId, out var chain)) chains[entry.PaperId] = chain = new Chain();
                if (chain.Broken) continue;
                if (chain.Check(entry) is { } problem)
                {
                    chain.Broken = true;
                    broken.Add(new BrokenEntry(entry.PaperId, null, entry.Sequence, problem));
                }
            }

            await foreach (var paper in audit.PapersAsync(ct))
            {
                papers++;
                numbers[paper.Id] = paper.Number;
                if (!chains.TryGetValue(paper.Id, out var chain)) chains[paper.Id] = chain = new Chain();
                chain.HasPaper = true;
                if (chain.Broken) continue;
                (string Reason, int Sequence)? problem = null;
                if (chain.Count != paper.HistoryCount || (chain.Count > 0 && chain.Head != paper.HistoryHead))
                    problem = ($"the paper records {paper.HistoryCount} entries, the history has {chain.Count}: entries were removed or replaced", chain.Count + 1);
                else if (chain.State is null)
                    uncommitted++;
                else if (PaperState.Differences(paper, chain.State) is { Count: > 0 } differences)
                    problem = ($"{string.Join(", ", differences)} of the paper {(differences.Count == 1 ? "differs" : "differ")} from the state its history records at entry {chain.Count}: changed outside the product", chain.Count);
                if (problem is not { } found) continue;
                chain.Broken = true;
                broken.Add(new BrokenEntry(paper.Id, paper.Number, found.Sequence, found.Reason));
            }

            await foreach (var document in audit.DocumentsAsync(ct))
            {
                documents++;
                if (!chains.TryGetValue(document.PaperId, out var chain) || chain.Broken) continue;
                var name = $"document version {document.Version} ({document.FileName})";
                var problem = !chain.Documents.Remove(document.Version, out var recorded)
                    ? $"{name} is not recorded in the history"
                    : Convert.ToHexStringLower(SHA512.HashData(document.Content)) != recorded.Sha512
                        ? $"{name} does not match the SHA-512 its history records: the PDF was replaced"
                        : document.FileName != recorded.File || document.IsFinal != recorded.Final
                            ? $"{name} is not named or marked final as its history records"
                            : null;
                if (problem is null) continue;
                chain.Broken = true;
                broken.Add(new BrokenEntry(document.PaperId, numbers.GetValueOrDefault(document.PaperId), chain.Count, problem));
            }
        }

        foreach (var (paperId, chain) in chains)
        {
            if (chain.Broken) continue;
            if (!chain.HasPaper)
                broken.Add(new BrokenEntry(paperId, null, chain.Count, "history entries of a paper that is not in the database: the paper was removed"));
            else if (chain.Documents.Count > 0)
                broken.Add(new BrokenEntry(paperId, numbers[paperId], chain.Count,
                    $"document version {chain.Documents.Keys.Min()} recorded in the history is missing"));
        }

        var named = broken.Select(b => b.Number is null && numbers.GetValueOrDefault(b.PaperId) is { } number ? b with { Number = number } : b).ToList();
        var verification = new HistoryVerification(papers, entries, documents, uncommitted, named,
            against is null ? null : Mismatch(against, upToCheckpoint.ToCheckpoint(against.At)));
        return (verification, whole.ToCheckpoint(clock.GetUtcNow()));
    }

    private static string? Mismatch(HistoryCheckpoint expected, HistoryCheckpoint actual)
    {
        if (actual.Entries == expected.Entries && actual.Papers == expected.Papers && actual.Hash == expected.Hash) return null;
        var at = expected.At.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        return actual.Entries < expected.Entries || actual.Papers < expected.Papers
            ? $"the checkpoint of {at} covers {expected.Entries} entries of {expected.Papers} papers, the history now holds {actual.Entries} of {actual.Papers} of them: entries made before the checkpoint were removed"
            : $"the entries made before the checkpoint of {at} no longer hash to what it records: the history before it was rewritten";
    }

    /// <summary>One paper's chain as verified so far.</summary>
    private sealed class Chain
    {
        public int Count;
        public string Head = HistoryHasher.Genesis;
        public string? State;
        public bool Broken;
        public bool HasPaper;

        /// <summary>What the history records of each document version, until the stored version is checked.</summary>
        public readonly Dictionary<int, (string Sha512, string? File, bool Final)> Documents = [];

        /// <summary>Takes the next entry into the chain, or says why it does not fit.</summary>
        public string? Check(HistoryEntry e)
        {
            if (e.Sequence != Count + 1) return $"expected entry {Count + 1}, found {e.Sequence}: an entry is missing";
            if (e.PreviousHash != Head) return "does not link to the entry before it";
            if (HistoryHasher.Hash(e) != e.Hash) return "content does not match its hash: the entry was altered";
            if (e.StateHash is null && State is not null)
                return "carries no state commitment though the entries before it do: the entry was replaced";
            Count = e.Sequence;
            Head = e.Hash;
            State = e.StateHash;
            if (e.Details.Contains("\"document\"", StringComparison.Ordinal)
                && JsonNode.Parse(e.Details)?["document"] is JsonObject document
                && document["version"]?.GetValue<int>() is { } version && document["sha512"]?.GetValue<string>() is { } sha512)
                Documents[version] = (sha512, document["file"]?.GetValue<string>(), document["final"]?.GetValue<bool>() == true);
            return null;
        }
    }
}
