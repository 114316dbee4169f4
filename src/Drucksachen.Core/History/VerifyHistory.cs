using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Storage;

namespace Drucksachen.Core.History;

/// <summary>
/// Checks what the history proves, from one snapshot of the database: each entry's hash over its
/// content and its predecessor's hash, consecutive sequence numbers, the chain's end against the
/// anchor kept on the paper (so a deleted last entry is found too); the paper's data against the
/// state its newest entry commits to (<see cref="PaperState"/>); every stored PDF against the
/// SHA-512 its history records, and no PDF missing or unrecorded; the same for every meeting.
/// Against a <see cref="HistoryCheckpoint"/> it also finds entries of papers and meetings made
/// before the checkpoint that were removed or rewritten together with their anchors.
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
        if (against is not null && HistoryCheckpoint.FormatProblem(against.Format) is { } unreadable)
            throw new Errors.InputException(null, null, "checkpoint.format", unreadable);
        var broken = new List<BrokenEntry>();
        var chains = new Dictionary<Guid, Chain>();
        var whole = new CheckpointTally(long.MaxValue);
        var upToCheckpoint = new CheckpointTally(against?.LastEntryId ?? 0);
        var wholeMeetings = new CheckpointTally(long.MaxValue);
        var meetingsUpToCheckpoint = new CheckpointTally(against is { CoversMeetings: true } ? against.LastMeetingEntryId : 0);
        var meetingChains = new Dictionary<Guid, Chain>();
        int entries = 0, papers = 0, documents = 0, uncommitted = 0, meetings = 0, meetingEntries = 0, meetingDocuments = 0;
        var meetingNumbers = new Dictionary<Guid, string>();
        var numbers = new Dictionary<Guid, string?>();

        await using (var audit = await audits.OpenAuditAsync(ct))
        {
            await foreach (var entry in audit.HistoryAsync(ct))
            {
                entries++;
                whole.Add(entry.Id, entry.PaperId, entry.Sequence, entry.Hash);
                upToCheckpoint.Add(entry.Id, entry.PaperId, entry.Sequence, entry.Hash);
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
                var problem = chain.DocumentProblem(document.Version, document.FileName, document.Content, document.IsFinal);
                if (problem is null) continue;
                chain.Broken = true;
                broken.Add(new BrokenEntry(document.PaperId, numbers.GetValueOrDefault(document.PaperId), chain.Count, problem));
            }

            await foreach (var entry in audit.MeetingHistoryAsync(ct))
            {
                meetingEntries++;
                wholeMeetings.Add(entry.Id, entry.MeetingId, entry.Sequence, entry.Hash);
                meetingsUpToCheckpoint.Add(entry.Id, entry.MeetingId, entry.Sequence, entry.Hash);
                if (!meetingChains.TryGetValue(entry.MeetingId, out var chain)) meetingChains[entry.MeetingId] = chain = new Chain();
                if (chain.Broken) continue;
                if (chain.Check(entry) is { } problem)
                {
                    chain.Broken = true;
                    broken.Add(new BrokenEntry(entry.MeetingId, null, entry.Sequence, problem) { IsMeeting = true });
                }
            }

            await foreach (var meeting in audit.MeetingsAsync(ct))
            {
                meetings++;
                meetingNumbers[meeting.Id] = meeting.Number;
                if (!meetingChains.TryGetValue(meeting.Id, out var chain)) meetingChains[meeting.Id] = chain = new Chain();
                chain.HasPaper = true;
                if (chain.Broken) continue;
                string? problem = chain.Count != meeting.HistoryCount || (chain.Count > 0 && chain.Head != meeting.HistoryHead)
                    ? $"the meeting records {meeting.HistoryCount} entries, the history has {chain.Count}: entries were removed or replaced"
                    : chain.State is { } state && MeetingState.Differences(meeting, state) is { Count: > 0 } differences
                        ? $"{string.Join(", ", differences)} of the meeting {(differences.Count == 1 ? "differs" : "differ")} from the state its history records at entry {chain.Count}: changed outside the product"
                        : null;
                if (problem is null) continue;
                chain.Broken = true;
                broken.Add(new BrokenEntry(meeting.Id, meeting.Number, chain.Count, problem) { IsMeeting = true });
            }

            await foreach (var document in audit.MeetingDocumentsAsync(ct))
            {
                meetingDocuments++;
                if (!meetingChains.TryGetValue(document.MeetingId, out var chain) || chain.Broken) continue;
                if (chain.DocumentProblem(document.Version, document.FileName, document.Content, false) is not { } problem) continue;
                chain.Broken = true;
                broken.Add(new BrokenEntry(document.MeetingId, meetingNumbers.GetValueOrDefault(document.MeetingId), chain.Count, problem) { IsMeeting = true });
            }
        }

        foreach (var (meetingId, chain) in meetingChains)
        {
            if (chain.Broken) continue;
            if (!chain.HasPaper)
                broken.Add(new BrokenEntry(meetingId, null, chain.Count, "history entries of a meeting that is not in the database: the meeting was removed") { IsMeeting = true });
            else if (chain.Documents.Count > 0)
                broken.Add(new BrokenEntry(meetingId, meetingNumbers[meetingId], chain.Count,
                    $"document version {chain.Documents.Keys.Min()} recorded in the history is missing") { IsMeeting = true });
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

        var named = broken.Select(b => b.Number is null && (b.IsMeeting ? meetingNumbers.GetValueOrDefault(b.PaperId) : numbers.GetValueOrDefault(b.PaperId)) is { } number
            ? b with { Number = number } : b).ToList();
        var verification = new HistoryVerification(papers, entries, documents, uncommitted, named,
            against is null ? null : Mismatch(against, upToCheckpoint, meetingsUpToCheckpoint)) { Meetings = meetings, MeetingEntries = meetingEntries, MeetingDocuments = meetingDocuments };
        return (verification, Checkpoint(clock.GetUtcNow(), whole, wholeMeetings));
    }

    private static HistoryCheckpoint Checkpoint(DateTimeOffset at, CheckpointTally papers, CheckpointTally meetings) =>
        new(HistoryCheckpoint.CurrentFormat, at.ToUniversalTime(), papers.LastId, papers.Chains, papers.Entries, papers.Digest())
        {
            LastMeetingEntryId = meetings.LastId, Meetings = meetings.Chains, MeetingEntries = meetings.Entries, MeetingHash = meetings.Digest(),
        };

    private static string? Mismatch(HistoryCheckpoint expected, CheckpointTally papers, CheckpointTally meetings)
    {
        var at = expected.At.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        return Mismatch(at, "papers", (expected.Papers, expected.Entries, expected.Hash), papers)
            ?? (expected.CoversMeetings ? Mismatch(at, "meetings", (expected.Meetings, expected.MeetingEntries, expected.MeetingHash), meetings) : null);
    }

    private static string? Mismatch(string at, string chains, (int Chains, long Entries, string? Hash) expected, CheckpointTally actual)
    {
        if (actual.Entries == expected.Entries && actual.Chains == expected.Chains && actual.Digest() == expected.Hash) return null;
        var of = chains == "papers" ? "" : $"of {chains} ";
        return actual.Entries < expected.Entries || actual.Chains < expected.Chains
            ? $"the checkpoint of {at} covers {expected.Entries} entries of {expected.Chains} {chains}, the history now holds {actual.Entries} of {actual.Chains} of them: entries {of}made before the checkpoint were removed"
            : $"the entries {of}made before the checkpoint of {at} no longer hash to what it records: the history before it was rewritten";
    }

    /// <summary>One paper's chain as verified so far.</summary>
    private sealed class Chain
    {
        public int Count;
        public string Head = HistoryHasher.Genesis;
        public string? State;
        public bool Broken;
        /// <summary>The paper or meeting the chain belongs to is in the database.</summary>
        public bool HasPaper;

        /// <summary>What the history records of each document version, until the stored version is checked.</summary>
        public readonly Dictionary<int, (string Sha512, string? File, bool Final)> Documents = [];

        /// <summary>Why a stored document does not match what the history records of it, or null.</summary>
        public string? DocumentProblem(int version, string fileName, byte[] content, bool isFinal)
        {
            var name = $"document version {version} ({fileName})";
            return !Documents.Remove(version, out var recorded)
                ? $"{name} is not recorded in the history"
                : Convert.ToHexStringLower(SHA512.HashData(content)) != recorded.Sha512
                    ? $"{name} does not match the SHA-512 its history records: the PDF was replaced"
                    : fileName != recorded.File || isFinal != recorded.Final
                        ? $"{name} is not named or marked final as its history records"
                        : null;
        }

        /// <summary>Takes the next entry into the chain, or says why it does not fit.</summary>
        public string? Check(HistoryEntry e) =>
            Check(e.Sequence, e.PreviousHash, e.Hash, HistoryHasher.Hash(e), e.StateHash, e.Details);

        public string? Check(MeetingHistoryEntry e) =>
            Check(e.Sequence, e.PreviousHash, e.Hash, e.ComputeHash(), e.StateHash, e.Details);

        private string? Check(int sequence, string previousHash, string hash, string computed, string? stateHash, string details)
        {
            if (sequence != Count + 1) return $"expected entry {Count + 1}, found {sequence}: an entry is missing";
            if (previousHash != Head) return "does not link to the entry before it";
            if (computed != hash) return "content does not match its hash: the entry was altered";
            if (stateHash is null && State is not null)
                return "carries no state commitment though the entries before it do: the entry was replaced";
            Count = sequence;
            Head = hash;
            State = stateHash;
            if (details.Contains("\"document", StringComparison.Ordinal) && JsonNode.Parse(details) is JsonObject parsed)
            {
                if (parsed["document"] is JsonObject one) Record(one);
                if (parsed["documents"] is JsonArray several) foreach (var document in several.OfType<JsonObject>()) Record(document);
            }
            return null;
        }

        private void Record(JsonObject document)
        {
            if (document["version"]?.GetValue<int>() is { } version && document["sha512"]?.GetValue<string>() is { } sha512)
                Documents[version] = (sha512, document["file"]?.GetValue<string>(), document["final"]?.GetValue<bool>() == true);
        }
    }
}
