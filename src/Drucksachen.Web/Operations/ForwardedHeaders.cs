using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Drucksachen.Web.Operations;

/// <summary>Takes the client's address and scheme from the trusted reverse proxies' X-Forwarded-* headers.</summary>
public static class ForwardedHeaders
{
    public static IServiceCollection AddDrucksachenForwardedHeaders(this IServiceCollection services, ProxyOptions proxy)
    {
        var networks = proxy.Trusted.Select(Network).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // The host stays the configured Web:PublicBaseUrl's: X-Forwarded-Host is not read.
            options.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
        });
        return services;
    }

    private static System.Net.IPNetwork Network(string entry)
    {
        if (System.Net.IPNetwork.TryParse(entry, out var network)) return network;
        if (IPAddress.TryParse(entry, out var address)) return new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8);
        throw new InvalidOperationException($"Web:Proxy:Trusted '{entry}' is neither an address (10.0.0.5) nor a network (10.0.0.0/24)");
    }
}
