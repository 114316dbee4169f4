using System.Globalization;
using Drucksachen.Core.Papers;

namespace Drucksachen.Core.History;

/// <summary>
/// The commitment a history entry makes to its paper's state after it: a digest of each group of
/// facts that matter (number, title, public flag, workflow state, consultations with their
/// outcomes, ...). The entry's hash covers it, so the newest entry proves the paper as stored, and
/// <see cref="Differences"/> names the groups that no longer match. Each digest is the first 64
/// bits of a SHA-256: finding another title with the same digest is out of reach, and a group
/// that is only a flag or a state has no freedom to search at all.
/// </summary>
public static class PaperState
{
    // The format's version comes first, so a later set of groups can be read beside this one.
    private const string Version = "1:";

    // Append only (a new format version otherwise): a stored commitment lists its digests in this order.
    private static readonly (string Name, Func<Paper, IEnumerable<string?>> Facts)[] Groups =
    [
        ("number", p => [p.Number, p.NumberSeries, Int(p.NumberYear), Int(p.NumberSequence)]),
        ("title", p => [p.Title]),
        ("type", p => [p.Type]),
        ("lead office and author", p => [p.LeadOffice, p.Author]),
        ("date", p => [Day(p.Date)]),
        ("public flag", p => [p.IsPublic ? "1" : "0"]),
        ("text", p => [p.Signature, Int(p.Sections.Count), .. p.Sections.OrderBy(s => s.Key, StringComparer.Ordinal).SelectMany(s => new[] { s.Key, s.Value }), .. p.Attachments]),
        ("co-signing offices", p => p.Cosigners),
        ("workflow state", p => [p.State, p.IsFinished ? "1" : "0", p.Deadline.ToString(), Instant(p.ReleasedAt),
            p.Workflow.DefinitionName, Int(p.Workflow.DefinitionVersion), p.Workflow.InstanceJson, Instant(p.Workflow.NextDueAt)]),
        ("consultations", p => p.Consultations.SelectMany(c => new[]
        {
            c.Id.ToString("N"), Int(c.Position), c.Body, Day(c.Date), c.IsPublic ? "1" : "0", c.Role.ToString(), c.Origin.ToString(),
            c.Outcome, c.OutcomeDate is { } d ? Day(d) : null, c.Vote, c.Note,
        })),
    ];

    private static readonly StateCommitment<Paper> Commitment = new(Version, Groups);

    /// <summary>The commitment to the paper as it stands.</summary>
    public static string Of(Paper paper) => Commitment.Of(paper);

    /// <summary>
    /// The groups in which the paper differs from <paramref name="recorded"/>; empty when it matches.
    /// A commitment in an unknown format differs as a whole.
    /// </summary>
    public static IReadOnlyList<string> Differences(Paper paper, string recorded) => Commitment.Differences(paper, recorded);

    private static string? Int(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Instant(DateTimeOffset? at) => at?.UtcTicks.ToString(CultureInfo.InvariantCulture);
}
