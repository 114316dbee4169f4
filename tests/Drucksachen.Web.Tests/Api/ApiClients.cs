using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Drucksachen.Persistence.Accounts;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Api;

/// <summary>API clients of the test application: with a user's API token, or anonymous; and the steps of a paper's way.</summary>
public static class ApiClients
{
    /// <summary>A client that sends a fresh API token of <paramref name="user"/>.</summary>
    public static async Task<HttpClient> WithTokenAsync(this WebAppFactory app, string user)
    {
        var issued = await app.Services.GetRequiredService<ApiTokenStore>().IssueAsync(user, "tests", CancellationToken.None);
        return app.WithToken(issued.Secret);
    }

    public static HttpClient WithToken(this WebAppFactory app, string token)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client for "anonymous", "USER by cookie" or "USER by token", as the access tests name their callers.</summary>
    public static async Task<HttpClient> ClientAsync(this WebAppFactory app, string who) => who.Split(' ') switch
    {
        ["anonymous"] => app.CreateBrowser(),
        [var user, "by", "cookie"] => await app.LoginAsync(user),
        [var user, "by", "token"] => await app.WithTokenAsync(user),
        _ => throw new ArgumentException(who, nameof(who)),
    };

    public static HttpClient Anonymous(this WebAppFactory app) => app.CreateClient(new() { AllowAutoRedirect = false });

    public static async Task<HttpResponseMessage> ImportAsync(this HttpClient client, string markdown, string name = "paper.md") =>
        await client.PostAsync($"/api/papers?name={Uri.EscapeDataString(name)}", new StringContent(markdown, Encoding.UTF8, "text/markdown"));

    /// <summary>Imports one paper, which must succeed, and returns its id.</summary>
    public static async Task<string> ImportOkAsync(this HttpClient client, string markdown)
    {
        var response = await client.ImportAsync(markdown);
        var json = await client.JsonAsync(response, HttpStatusCode.Created);
        return json[0].GetProperty("id").GetString()!;
    }

    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, string paper, string action, object? body = null) =>
        client.PostAsJsonAsync($"/api/papers/{paper}/actions/{action}", body ?? new { });

    /// <summary>Takes an action that must succeed and returns the answer's paper.</summary>
    public static async Task<JsonElement> ActOkAsync(this HttpClient client, string paper, string action, object? body = null) =>
        (await client.JsonAsync(await client.ActAsync(paper, action, body), HttpStatusCode.OK)).GetProperty("paper");

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url) =>
        await client.JsonAsync(await client.GetAsync(url), HttpStatusCode.OK);

    /// <summary>The answer's JSON, after checking its status.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpClient client, HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>A problem+json answer with <paramref name="status"/>, parsed.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        var problem = document.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>Walks an imported Beschlussvorlage to release: schmidt submits, mueller co-signs, horn releases.</summary>
    /// <returns>The released paper (with its number).</returns>
    public static async Task<JsonElement> ReleaseAsync(this WebAppFactory app, string id)
    {
        await (await app.WithTokenAsync("schmidt")).ActOkAsync(id, "submit");
        await (await app.WithTokenAsync("mueller")).ActOkAsync(id, "cosign");
        return await (await app.WithTokenAsync("horn")).ActOkAsync(id, "release");
    }
}
