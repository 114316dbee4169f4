namespace Drucksachen.Core.Storage;

/// <summary>Which meetings a list shows: those of a body, in a period, newest last.</summary>
/// <param name="Body">Key of one body, or null for all.</param>
/// <param name="From">First day, inclusive.</param>
/// <param name="To">Last day, inclusive.</param>
/// <param name="Bodies">The bodies whose non-public meetings may be listed too; null: every body's.</param>
public sealed record MeetingQuery(string? Body = null, DateOnly? From = null, DateOnly? To = null, IReadOnlyCollection<string>? Bodies = null,
    int Skip = 0, int Take = 500);
