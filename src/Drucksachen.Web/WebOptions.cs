using Drucksachen.Web.Operations;
using Drucksachen.Web.Timers;

namespace Drucksachen.Web;

/// <summary>Settings of the web application (section "Web").</summary>
public sealed class WebOptions
{
    /// <summary>Load the demo paper and print the demo accounts at start.</summary>
    public bool Demo { get; set; }

    /// <summary>
    /// Scheme, host and path the public reaches the application at, e.g. "https://ratsinfo.erfurt.de":
    /// OParl ids and the OpenAPI document's server are made from it, never from the request's Host
    /// header, which any client can set. The default is the demo's address.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>Failed sign-ins per client address and minute before further attempts are refused.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>Due timers processed by the application itself.</summary>
    public TimerOptions Timers { get; set; } = new();

    /// <summary>The reverse proxy in front of the application.</summary>
    public ProxyOptions Proxy { get; set; } = new();

    /// <summary>How the keys that protect cookies and antiforgery tokens are kept.</summary>
    public DataProtectionOptions DataProtection { get; set; } = new();
}
