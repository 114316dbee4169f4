using Drucksachen.Core;

namespace Drucksachen.Testing;

/// <summary>
/// The manual clock, plus a meeting point for races: once armed, the first <c>n</c> callers of
/// <see cref="GetUtcNow"/> wait for each other. ActOnPaper reads the clock once, after it has loaded
/// the paper and before it starts writing, so arming it with 2 makes two actions load the same
/// version of a paper before either writes: a real lost-update race, every time.
/// </summary>
public sealed class RaceClock(ManualClock inner) : TimeProvider
{
    private Barrier? _barrier;
    private int _waiting;

    public void Arm(int parties)
    {
        _barrier = new Barrier(parties);
        Volatile.Write(ref _waiting, parties);
    }

    public override DateTimeOffset GetUtcNow()
    {
        if (_barrier is { } barrier && Interlocked.Decrement(ref _waiting) >= 0)
        {
            if (!barrier.SignalAndWait(TimeSpan.FromSeconds(20)))
                throw new TimeoutException("the other racer never read the clock");
        }
        return inner.GetUtcNow();
    }
}
