using System.Net;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Pages;

public sealed class LoginPageTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Login_RedirectsAndShowsName_WithDemoPassword()
    {
        var client = await app.LoginAsync("krause");
        var html = await client.GetStringAsync("/Drucksachen");
        Assert.Contains("Angemeldet als Sabine Krause", html);
        Assert.Contains("Abmelden", html);
    }

    [Fact]
    public async Task Login_ShowsGermanError_WithWrongPasswordOrUnknownUser()
    {
        var client = app.CreateBrowser();
        var wrong = await WebAppFactory.PostLoginAsync(client, "wagner", "falsch");
        var unknown = await WebAppFactory.PostLoginAsync(client, "niemand", "falsch");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        var unknownHtml = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("Die Anmeldung ist fehlgeschlagen", wrongHtml);
        Assert.Contains("Die Anmeldung ist fehlgeschlagen", unknownHtml);
        Assert.DoesNotContain("Angemeldet als", wrongHtml);
    }

    [Fact]
    public async Task Login_IsLockedOut_AfterFiveFailures()
    {
        await app.AddUserAsync("sperre", "Gesperrt Test", ["author"], office: "Jugendamt");
        var client = app.CreateBrowser();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await WebAppFactory.PostLoginAsync(client, "sperre", "falsch-" + i)).StatusCode);
        var right = await WebAppFactory.PostLoginAsync(client, "sperre", WebAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Die Anmeldung ist fehlgeschlagen", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Logout_SignsOut_WithPostForm()
    {
        var client = await app.LoginAsync("becker");
        var response = await WebAppFactory.PostFormAsync(client, "/Drucksachen", new Dictionary<string, string>(), "/Abmelden");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetStringAsync("/Drucksachen");
        Assert.DoesNotContain("Angemeldet als", html);
    }

    [Fact]
    public async Task Logout_Returns400_WithoutAntiforgeryToken()
    {
        var client = await app.LoginAsync("becker");
        var response = await client.PostAsync("/Abmelden", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Angemeldet als", await client.GetStringAsync("/Drucksachen"));
    }
}

/// <summary>A factory that allows only three failed sign-ins a minute from one address.</summary>
public sealed class StrictLoginLimitFactory : WebAppFactory
{
    protected override int LoginAttemptsPerMinute => 3;
}

public sealed class LoginRateLimitTests(StrictLoginLimitFactory app) : IClassFixture<StrictLoginLimitFactory>
{
    // Behind a city proxy every member of staff has the same address: views and good sign-ins of
    // many people must not use up what only guessing should.
    [Fact]
    public async Task Login_RateLimit_CountsFailedSignInsOnly_NotPageViews()
    {
        var client = app.CreateBrowser();
        for (var i = 0; i < 20; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Anmelden")).StatusCode);
        for (var i = 0; i < 5; i++)
            Assert.Contains("Angemeldet als", await (await app.LoginAsync("becker")).GetStringAsync("/Drucksachen"));

        for (var i = 0; i < 3; i++)
        {
            var failed = await WebAppFactory.PostLoginAsync(client, "niemand", "falsch");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains("Die Anmeldung ist fehlgeschlagen", await failed.Content.ReadAsStringAsync());
        }
        var refused = await WebAppFactory.PostLoginAsync(client, "becker", WebAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("zu viele fehlgeschlagene Anmeldungen", await refused.Content.ReadAsStringAsync());
        // A 429 once came without Retry-After: a client (or a person) learns when to try again.
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Anmelden")).StatusCode);
    }
}
