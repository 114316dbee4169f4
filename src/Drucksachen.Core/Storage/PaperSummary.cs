using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Storage;

/// <summary>A paper as a list shows it, without sections, sequence or workflow.</summary>
public sealed record PaperSummary(
    Guid Id,
    string? Number,
    string Title,
    string Type,
    bool IsPublic,
    string State,
    bool IsFinished,
    DateOnly Date,
    string LeadOffice,
    DateTimeOffset? ReleasedAt,
    DeadlineStatus Deadline,
    int Version)
{
    /// <summary>"1803/22", or the first digits of the id while the paper has no number (as <see cref="Paper.Reference"/>).</summary>
    public string Reference => Number ?? Id.ToString("N")[..8];
}
