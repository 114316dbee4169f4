namespace Drucksachen.Web.Operations;

/// <summary>The reverse proxy in front of the application (section "Web:Proxy").</summary>
public sealed class ProxyOptions
{
    /// <summary>
    /// Addresses (<c>10.0.0.5</c>) or networks (<c>10.0.0.0/24</c>) of the proxies whose
    /// X-Forwarded-For and X-Forwarded-Proto are believed: the client's address (for the sign-in
    /// limit and the logs) and https (for secure cookies). The local machine is always believed;
    /// a header from anywhere else is ignored, since any client can send one.
    /// </summary>
    public List<string> Trusted { get; set; } = [];
}
