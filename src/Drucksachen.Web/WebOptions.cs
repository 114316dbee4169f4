namespace Drucksachen.Web;

/// <summary>Settings of the web application (section "Web").</summary>
public sealed class WebOptions
{
    /// <summary>Load the demo paper and print the demo accounts at start.</summary>
    public bool Demo { get; set; }

    /// <summary>Failed sign-ins per client address and minute before further attempts are refused.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;
}
