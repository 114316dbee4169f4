namespace Drucksachen.Web.Timers;

public static class TimerRegistration
{
    /// <summary>Processes due timers in the background unless <see cref="TimerOptions.Enabled"/> is off.</summary>
    public static IServiceCollection AddDueTimerProcessing(this IServiceCollection services, TimerOptions timers)
    {
        if (!timers.Enabled) return services;
        if (timers.Interval <= TimeSpan.Zero)
            throw new InvalidOperationException($"Web:Timers:Interval '{timers.Interval}' must be longer than zero, e.g. 00:01:00");
        return services.AddHostedService<DueTimerProcessing>();
    }
}
