namespace Drucksachen.Core;

/// <summary>
/// A clock that stands where it is set. Used to replay a paper's past (demo data, imports of
/// historical records) and in tests; the product otherwise runs on <see cref="TimeProvider.System"/>.
/// </summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now;

    public void Advance(TimeSpan by) => _now += by;
}
