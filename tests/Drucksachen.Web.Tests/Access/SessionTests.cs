using System.Net;
using Drucksachen.Persistence.Accounts;
using Drucksachen.Web.Tests.Api;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Access;

/// <summary>Signing out and taking roles away count from the next request on, for cookies and tokens alike.</summary>
public sealed class SessionTests(HiddenPaperFixture paper) : IClassFixture<HiddenPaperFixture>
{
    [Fact]
    public async Task A_cookie_replayed_after_sign_out_opens_nothing()
    {
        await paper.AddUserAsync("ratsfrau", "Ratsfrau Test", ["council"], bodies: ["jha"]);
        var browser = paper.CreateBrowser();
        var cookie = CookieOf(await WebAppFactory.PostLoginAsync(browser, "ratsfrau", WebAppFactory.DemoPassword));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/Drucksachen/{paper.Id}")).StatusCode);

        var signOut = await WebAppFactory.PostFormAsync(browser, "/Drucksachen", new Dictionary<string, string>(), "/Abmelden");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var replay = paper.Anonymous();
        replay.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.NotFound, (await replay.GetAsync($"/Drucksachen/{paper.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await replay.GetAsync($"/api/papers/{paper.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await replay.GetAsync("/Aufgaben")).StatusCode);
    }

    [Fact]
    public async Task A_role_taken_away_counts_at_the_next_request_by_cookie()
    {
        await paper.AddUserAsync("aushilfe", "Aushilfe Sitzungsdienst", ["clerk"]);
        var browser = await paper.LoginAsync("aushilfe");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/api/papers/{paper.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Sitzungsdienst")).StatusCode);

        await RemoveRoleAsync("aushilfe", "clerk");

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/papers/{paper.Id}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync("/Sitzungsdienst")).StatusCode);
    }

    [Fact]
    public async Task A_role_taken_away_counts_at_the_next_request_by_token()
    {
        await paper.AddUserAsync("betrieb", "Betrieb Test", ["admin"]);
        var token = await paper.WithTokenAsync("betrieb");
        Assert.Equal(HttpStatusCode.OK, (await token.PostAsync("/api/tick", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync($"/api/papers/{paper.Id}")).StatusCode);

        await RemoveRoleAsync("betrieb", "admin");

        await ApiClients.ProblemAsync(await token.PostAsync("/api/tick", null), HttpStatusCode.Forbidden);
        await ApiClients.ProblemAsync(await token.GetAsync($"/api/papers/{paper.Id}"), HttpStatusCode.NotFound);
    }

    // As `drucksachen user role ID --remove ROLE` does it.
    private async Task RemoveRoleAsync(string id, string role)
    {
        using var scope = paper.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DrucksachenUser>>();
        var user = (await users.FindByNameAsync(id))!;
        Assert.True((await users.RemoveFromRoleAsync(user, role)).Succeeded);
    }

    // The sign-in cookie as a copy kept elsewhere would send it again.
    private static string CookieOf(HttpResponseMessage signIn)
    {
        var set = signIn.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
        return set.Select(v => v.Split(';')[0]).LastOrDefault(v => v.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"the sign-in ({(int)signIn.StatusCode}) sent no cookie: " + string.Join(" | ", set));
    }
}
