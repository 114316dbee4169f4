using System.Net;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Browser;

/// <summary>
/// The web application of <see cref="WebAppFactory"/> (own SQLite file, demo data, demo accounts),
/// served by a real Kestrel on 127.0.0.1 with a free port, so that a browser can reach it
/// (the in-memory TestServer cannot be reached from outside the process).
/// </summary>
public class BrowserAppFactory : WebAppFactory
{
    public BrowserAppFactory() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    /// <summary>Where the application listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts Kestrel (migrations and demo data first) and learns the port it got.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reports no address");
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Kestrel does not listen on 127.0.0.1: " + string.Join(", ", addresses));
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return BaseAddress;
    }
}
