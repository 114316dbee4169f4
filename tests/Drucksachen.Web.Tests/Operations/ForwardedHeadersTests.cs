using System.Net;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Operations;

/// <summary>Behind a reverse proxy with TLS: the client's scheme and address come from the proxy's headers, and only from a trusted proxy's.</summary>
public sealed class ForwardedHeadersTests
{
    // The address every request comes from, as the proxy's connection would.
    private const string Proxy = "198.51.100.7";

    private sealed class BehindProxy(string? trusted) : WebAppFactory
    {
        protected override int LoginAttemptsPerMinute => 2;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new FromAddress(IPAddress.Parse(Proxy))));
        }

        protected override void Configure(IDictionary<string, string?> settings)
        {
            if (trusted is not null) settings["Web:Proxy:Trusted:0"] = trusted;
        }
    }

    private sealed class FromAddress(IPAddress address) : IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use(then => context =>
            {
                context.Connection.RemoteIpAddress = address;
                return then(context);
            });
            next(app);
        };
    }

    [Fact]
    public async Task TheSignInCookie_IsSecure_WhenATrustedProxyForwardsHttps()
    {
        using var app = new BehindProxy(trusted: "198.51.100.0/24");
        using var client = app.CreateBrowser();

        var signedIn = await SignInAsync(client, "mueller", WebAppFactory.DemoPassword, forwardedFor: "192.0.2.10", proto: "https");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FailedSignIns_CountPerForwardedClient_NotForTheProxy()
    {
        using var app = new BehindProxy(trusted: "198.51.100.0/24");
        using var client = app.CreateBrowser();

        for (var i = 0; i < 2; i++) await SignInAsync(client, "mueller", "falsch", forwardedFor: "192.0.2.10");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(client, "mueller", "falsch", forwardedFor: "192.0.2.10")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, "horn", WebAppFactory.DemoPassword, forwardedFor: "192.0.2.11")).StatusCode);
    }

    [Fact]
    public async Task ForwardedHeaders_FromAnUntrustedAddress_AreIgnored()
    {
        using var app = new BehindProxy(trusted: null);
        using var client = app.CreateBrowser();

        for (var i = 0; i < 2; i++) await SignInAsync(client, "mueller", "falsch", forwardedFor: "192.0.2.10");

        // Another address in the header changes nothing: the limit is the connection's.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(client, "horn", WebAppFactory.DemoPassword, forwardedFor: "192.0.2.11")).StatusCode);
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password, string forwardedFor, string proto = "http")
    {
        client.DefaultRequestHeaders.Remove("X-Forwarded-For");
        client.DefaultRequestHeaders.Remove("X-Forwarded-Proto");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", proto);
        return await WebAppFactory.PostLoginAsync(client, user, password);
    }
}
