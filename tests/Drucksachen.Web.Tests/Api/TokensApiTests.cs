using System.Net;
using System.Net.Http.Json;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Api;

public sealed class TokensApiTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task A_token_made_through_the_API_works_until_it_is_revoked()
    {
        var krause = await app.WithTokenAsync("krause");
        var made = await krause.JsonAsync(await krause.PostAsJsonAsync("/api/tokens", new { name = "Skript" }), HttpStatusCode.Created);
        var secret = made.GetProperty("token").GetString()!;
        var script = app.WithToken(secret);
        var mine = await script.GetJsonAsync("/api/tokens");
        Assert.Contains(mine.EnumerateArray(), t => t.GetProperty("name").GetString() == "Skript");
        Assert.All(mine.EnumerateArray(), t => Assert.Equal(System.Text.Json.JsonValueKind.Null, t.GetProperty("token").ValueKind));

        var revoked = await krause.DeleteAsync($"/api/tokens/{made.GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);

        var refused = await script.GetAsync("/api/papers");
        var problem = await ApiClients.ProblemAsync(refused, HttpStatusCode.Unauthorized);
        Assert.Equal("unknown or revoked API token", problem.GetProperty("detail").GetString());
        Assert.Contains("invalid_token", refused.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task An_unknown_token_is_refused_even_where_anonymous_callers_may_read()
    {
        var response = await app.WithToken("dst_not-a-token").GetAsync("/api/papers/1803-22");

        await ApiClients.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Revoking_another_users_token_is_a_404()
    {
        var krause = await app.WithTokenAsync("krause");
        var made = await krause.JsonAsync(await krause.PostAsJsonAsync("/api/tokens", new { name = "Skript" }), HttpStatusCode.Created);

        var response = await (await app.WithTokenAsync("becker")).DeleteAsync($"/api/tokens/{made.GetProperty("id").GetString()}");

        await ApiClients.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cookie_callers_need_the_antiforgery_header_for_changes_and_token_callers_do_not()
    {
        var browser = await app.LoginAsync("krause");

        var without = await browser.PostAsJsonAsync("/api/tokens", new { name = "aus dem Browser" });
        var problem = await ApiClients.ProblemAsync(without, HttpStatusCode.BadRequest);
        Assert.StartsWith("antiforgery token missing or invalid", problem.GetProperty("detail").GetString());

        var antiforgery = await browser.GetJsonAsync("/api/antiforgery");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/tokens") { Content = JsonContent.Create(new { name = "aus dem Browser" }) };
        request.Headers.Add(antiforgery.GetProperty("headerName").GetString()!, antiforgery.GetProperty("requestToken").GetString());
        Assert.Equal(HttpStatusCode.Created, (await browser.SendAsync(request)).StatusCode);

        var krause = await app.WithTokenAsync("krause");
        Assert.Equal(HttpStatusCode.Created, (await krause.PostAsJsonAsync("/api/tokens", new { name = "Skript" })).StatusCode);
    }

    [Fact]
    public async Task An_anonymous_API_call_that_needs_sign_in_is_a_401_not_a_redirect_to_the_login_page()
    {
        var response = await app.Anonymous().GetAsync("/api/tokens");

        await ApiClients.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }
}
