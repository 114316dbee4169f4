namespace Drucksachen.Core;

/// <summary>
/// Instants as the product stores them: to the microsecond, the finest every supported database
/// keeps (PostgreSQL's timestamptz). History hashes cover stored instants, so an instant finer than
/// that would come back from the database changed and its entry would no longer verify.
/// </summary>
public static class StoredTime
{
    /// <summary>The clock's time, to the microsecond.</summary>
    public static DateTimeOffset GetStoredNow(this TimeProvider clock) => Truncate(clock.GetUtcNow());

    public static DateTimeOffset Truncate(DateTimeOffset at) => at.AddTicks(-(at.UtcTicks % TimeSpan.TicksPerMicrosecond));
}
