namespace Drucksachen.Persistence;

/// <summary>
/// A named lock that at most one process working on the database holds at a time, whichever node it
/// runs on; for work that every node would otherwise start at once (processing due timers). Each
/// provider registers one.
/// </summary>
public interface IDatabaseLock
{
    /// <summary>The lock <paramref name="name"/> if no other process holds it now (dispose to release), else null at once.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken ct);
}
