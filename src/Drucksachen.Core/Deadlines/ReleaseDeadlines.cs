namespace Drucksachen.Core.Deadlines;

/// <summary>
/// The latest moments a paper can be released for its meetings: regularly, and as an urgent paper.
/// Both are instants at which the missed day has ended in the city's time zone.
/// </summary>
/// <param name="Regular">Release before this instant keeps the regular notice period.</param>
/// <param name="Urgent">Release before this instant still allows an urgent paper.</param>
/// <param name="Body">The body whose meeting sets the deadline.</param>
/// <param name="Meeting">That meeting's date.</param>
public sealed record ReleaseDeadlines(DateTimeOffset Regular, DateTimeOffset? Urgent, string Body, DateOnly Meeting);
