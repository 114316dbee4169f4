using Drucksachen.Core.Papers;

namespace Drucksachen.Core.Storage;

/// <summary>A released public paper as far as its public PDF shows it.</summary>
public sealed record PublicPaper(
    Guid Id,
    string Type,
    string Title,
    string LeadOffice,
    DateOnly Date,
    string? Number,
    string State,
    DateTimeOffset CreatedAt,
    DateTimeOffset ModifiedAt,
    DateTimeOffset ReleasedAt);
