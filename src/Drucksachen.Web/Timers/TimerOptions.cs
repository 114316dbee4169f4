namespace Drucksachen.Web.Timers;

/// <summary>How the web application processes due timers by itself (section "Web:Timers").</summary>
public sealed class TimerOptions
{
    /// <summary>Off for installations (and tests) that drive time themselves with <c>drucksachen tick</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often due timers are looked for; a deadline is recorded at most this long after it passed.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}
