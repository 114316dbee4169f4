namespace Drucksachen.Core.Deadlines;

/// <summary>
/// The latest moments a paper can be released for its meetings: regularly, and as an urgent paper.
/// Both are instants at which the missed day has ended in the city's time zone.
/// </summary>
/// <param name="Regular">Release before this instant keeps the regular notice period.</param>
/// <param name="Urgent">Release before this instant still allows an urgent paper.</param>
/// <param name="Body">The body whose meeting sets the deadline.</param>
/// <param name="Meeting">That meeting's date.</param>
public sealed record ReleaseDeadlines(DateTimeOffset Regular, DateTimeOffset? Urgent, string Body, DateOnly Meeting)
{
    /// <summary>What these deadlines still allow for something sent out at <paramref name="at"/>: a paper released then, an invitation sent.</summary>
    public Papers.DeadlineStatus StatusAt(DateTimeOffset at) =>
        at < Regular ? Papers.DeadlineStatus.InTime
        : Urgent is { } urgent && at >= urgent ? Papers.DeadlineStatus.Late
        : Papers.DeadlineStatus.Urgent;
}
