using System.Net;
using System.Text.RegularExpressions;
using Drucksachen.Core.Users;
using Drucksachen.Persistence.Accounts;
using Drucksachen.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.TestSupport;

/// <summary>
/// The web application on a database of its own (<see cref="TestDatabase"/>, deleted at the end), with the configuration
/// of appsettings.json (demo accounts, demo paper 1803/22). Use it as a class fixture; one
/// database per test class, so classes do not see each other's papers.
/// </summary>
public class WebAppFactory : WebApplicationFactory<Program>
{
    /// <summary>The password of every demo account in appsettings.json.</summary>
    public const string DemoPassword = "Drucksachen-2026";

    private static readonly Regex TokenPattern = new(
        "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"__RequestVerificationToken\"",
        RegexOptions.Compiled);

    private readonly bool _ownsDatabase;

    public WebAppFactory() : this(TestDatabase.Create("drucksachen-web-tests-"), ownsDatabase: true)
    {
    }

    /// <summary>A host on <paramref name="database"/>; one that does not own it leaves it for other hosts (another node) and its owner to remove.</summary>
    protected WebAppFactory(TestDatabase database, bool ownsDatabase)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
    }

    public TestDatabase Database { get; }

    /// <summary>Sign-in attempts per minute; high, so tests that sign in often are not rate limited.</summary>
    protected virtual int LoginAttemptsPerMinute => 1000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production: the error pages of the product, not the developer exception page.
        builder.UseEnvironment("Production");
        // Settings go in as host settings, which the program sees while it registers its services
        // (ConfigureAppConfiguration would come too late for that). appsettings.json is linked into
        // the web project, so it lies beside the program, not in the content root.
        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false)
            .Build()
            .AsEnumerable()
            .Where(pair => pair.Value is not null)
            .ToDictionary(pair => pair.Key, pair => pair.Value);
        foreach (var (key, value) in Database.ConfigurationKeys) settings[key] = value;
        settings["Web:Demo"] = "true";
        // The test server's own address, so that ids in answers (OParl) can be requested as they are.
        settings["Web:PublicBaseUrl"] = PublicBaseUrl;
        settings["Web:LoginAttemptsPerMinute"] = LoginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Tests take their papers step by step; timers fall due only where a test switches them on.
        settings["Web:Timers:Enabled"] = "false";
        Configure(settings);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    /// <summary>Changes the host's settings (keys as in appsettings.json, "Web:Demo") before it starts.</summary>
    protected virtual void Configure(IDictionary<string, string?> settings)
    {
    }

    public const string PublicBaseUrl = "http://localhost";

    /// <summary>A client that keeps cookies and does not follow redirects (so tests see them).</summary>
    public HttpClient CreateBrowser() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs a user in through the login form (/Anmelden) and returns their cookie-keeping client.</summary>
    public async Task<HttpClient> LoginAsync(string user, string password = DemoPassword)
    {
        var client = CreateBrowser();
        var response = await PostLoginAsync(client, user, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"login of {user} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>Posts the login form once (with its antiforgery token) and returns the raw answer.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string user, string password) =>
        await PostFormAsync(client, "/Anmelden", new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password });

    /// <summary>
    /// Loads <paramref name="formPage"/> (GET), takes the antiforgery token of its forms and posts
    /// <paramref name="fields"/> to <paramref name="action"/> (default: the page itself).
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, IDictionary<string, string> fields, string? action = null)
    {
        var token = await AntiforgeryTokenAsync(client, formPage);
        var form = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        return await client.PostAsync(action ?? formPage, new FormUrlEncodedContent(form));
    }

    /// <summary>Same, with repeated fields (checkbox lists), given as pairs.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var token = await AntiforgeryTokenAsync(client, formPage);
        var form = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        return await client.PostAsync(action ?? formPage, new FormUrlEncodedContent(form));
    }

    /// <summary>The antiforgery token of the forms on a page (tokens belong to the signed-in user, so fetch after login).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var response = await client.GetAsync(page);
        var html = await response.Content.ReadAsStringAsync();
        return AntiforgeryToken(html)
            ?? throw new InvalidOperationException($"{page} ({(int)response.StatusCode}) has no form with an antiforgery token");
    }

    public static string? AntiforgeryToken(string html) =>
        TokenPattern.Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value) : null;

    /// <summary>Adds an account (e.g. a council member of another body).</summary>
    public async Task AddUserAsync(string id, string name, IReadOnlyList<string> roles, string? office = null, IReadOnlyList<string>? bodies = null, string password = DemoPassword)
    {
        using var scope = Services.CreateScope();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<DrucksachenUser>>();
        var user = new DrucksachenUser { UserName = id, DisplayName = name, Office = office, Bodies = [.. bodies ?? []], LockoutEnabled = true };
        var created = await manager.CreateAsync(user, password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        foreach (var role in roles)
        {
            var added = await manager.AddToRoleAsync(user, role);
            if (!added.Succeeded) throw new InvalidOperationException(string.Join("; ", added.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>The domain's view of a user, as the use cases get it.</summary>
    public Task<UserProfile> ProfileAsync(string id) => Services.GetRequiredService<IUserDirectory>().GetAsync(id, CancellationToken.None);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !_ownsDatabase) return;
        Database.Dispose();
    }
}
