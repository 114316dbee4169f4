namespace Drucksachen.Core.Storage;

/// <summary>Filters for listing papers; all optional.</summary>
public sealed record PaperQuery(string? Type = null, string? State = null, int? Year = null, int Skip = 0, int Take = 100);
