namespace Drucksachen.Core.History;

/// <summary>
/// A fixed point of the whole database's history, for an administrator to keep outside it: every
/// entry up to <see cref="LastEntryId"/>, counted, and one hash over the newest of them of every
/// paper (each of which covers its paper's chain before it). A later verification against it
/// finds entries made before it that were removed or rewritten, even together with everything
/// that anchors them in the database.
/// </summary>
/// <param name="Format">The file's format, <see cref="CurrentFormat"/>.</param>
/// <param name="At">When it was taken (UTC).</param>
/// <param name="LastEntryId">The database id of the newest entry it covers; later entries are not its business.</param>
/// <param name="Papers">Papers with entries up to then.</param>
/// <param name="Entries">Entries up to then.</param>
/// <param name="Hash">SHA-256 over each such paper's id, newest sequence number and entry hash, ordered by paper id.</param>
public sealed record HistoryCheckpoint(string Format, DateTimeOffset At, long LastEntryId, int Papers, long Entries, string Hash)
{
    public const string CurrentFormat = "drucksachen-checkpoint/1";
}
