using Drucksachen.Core.Deadlines;
using Drucksachen.Persistence;

namespace Drucksachen.Web.Timers;

/// <summary>
/// Records what fell due (<see cref="TickDeadlines"/>, as <c>drucksachen tick</c> does) at start and
/// then every <see cref="TimerOptions.Interval"/>, on the injected clock. Of several nodes on one
/// database only the one holding the database lock processes a round; the others skip it. A timer is
/// recorded once even without the lock: each paper's write re-checks the version it read.
/// </summary>
public sealed class DueTimerProcessing(
    TickDeadlines tick, IDatabaseLock locks, TimeProvider clock, WebOptions web, ILogger<DueTimerProcessing> logger) : BackgroundService
{
    /// <summary>The name of the database lock a round holds.</summary>
    public const string LockName = "drucksachen-timers";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(web.Timers.Interval, clock);
        do
        {
            await ProcessAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ProcessAsync(CancellationToken ct)
    {
        try
        {
            await using var held = await locks.TryAcquireAsync(LockName, ct);
            if (held is null) return;
            var entries = await tick.ExecuteAsync(clock.GetUtcNow(), ct);
            if (entries.Count > 0) logger.LogInformation("Fristen: {Count} fällige Zeitgeber verbucht", entries.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next round tries again; a database that is away for a while must not end the application.
            logger.LogError(e, "Fristen: fällige Zeitgeber konnten nicht verbucht werden");
        }
    }
}
