using System.Text.Json.Serialization;

namespace Drucksachen.Core.History;

/// <summary>
/// A fixed point of the whole database's history, for an administrator to keep outside it: every
/// entry of the papers' histories up to <see cref="LastEntryId"/> and of the meetings' up to
/// <see cref="LastMeetingEntryId"/>, counted, and one hash over the newest of them of every paper
/// and one of every meeting (each of which covers its chain before it). A later verification
/// against it finds entries made before it that were removed or rewritten, even together with
/// everything that anchors them in the database.
/// </summary>
/// <param name="Format">The file's format, <see cref="CurrentFormat"/>, or <see cref="PapersOnlyFormat"/> from before meetings.</param>
/// <param name="At">When it was taken (UTC).</param>
/// <param name="LastEntryId">The database id of the newest paper entry it covers; later entries are not its business.</param>
/// <param name="Papers">Papers with entries up to then.</param>
/// <param name="Entries">Entries of papers up to then.</param>
/// <param name="Hash">SHA-256 over each such paper's id, newest sequence number and entry hash, ordered by paper id.</param>
public sealed record HistoryCheckpoint(string Format, DateTimeOffset At, long LastEntryId, int Papers, long Entries, string Hash)
{
    public const string CurrentFormat = "drucksachen-checkpoint/2";

    /// <summary>The format of checkpoints taken before meetings had a history: they cover papers only, and still hold.</summary>
    public const string PapersOnlyFormat = "drucksachen-checkpoint/1";

    /// <summary>The database id of the newest meeting entry it covers.</summary>
    public long LastMeetingEntryId { get; init; }

    /// <summary>Meetings with entries up to then.</summary>
    public int Meetings { get; init; }

    /// <summary>Entries of meetings up to then.</summary>
    public long MeetingEntries { get; init; }

    /// <summary>SHA-256 over each such meeting's id, newest sequence number and entry hash, ordered by meeting id.</summary>
    public string? MeetingHash { get; init; }

    /// <summary>Whether it was taken of meetings too (<see cref="CurrentFormat"/>).</summary>
    [JsonIgnore]
    public bool CoversMeetings => Format == CurrentFormat;

    /// <summary>Why this version cannot hold the history against a checkpoint of <paramref name="format"/>, or null.</summary>
    public static string? FormatProblem(string format) => format is CurrentFormat or PapersOnlyFormat
        ? null
        : $"'{format}' is not a checkpoint format this version reads ({CurrentFormat}, {PapersOnlyFormat})";
}
