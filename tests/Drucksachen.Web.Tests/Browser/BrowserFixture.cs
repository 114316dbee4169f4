using Microsoft.Playwright;

namespace Drucksachen.Web.Tests.Browser;

/// <summary>
/// One application (Kestrel on 127.0.0.1, own database) and one headless Chromium for all browser
/// tests. Chromium is Debian's (/usr/bin/chromium, or BROWSER_TESTS_CHROMIUM): Playwright must not
/// download a browser of its own. Each test opens its own browser context (own cookies).
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    public BrowserFixture() : this(new BrowserAppFactory())
    {
    }

    /// <summary>A fixture around an application of a kind of its own (another clock, other settings).</summary>
    protected BrowserFixture(BrowserAppFactory app) => App = app;

    public BrowserAppFactory App { get; }
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress => App.BaseAddress;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("BROWSER_TESTS_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromium;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: apt-get install chromium (see .ci/run)");
        App.Start();
        // CI runs the test assemblies side by side on two cores: pages may answer slowly, not wrongly.
        Assertions.SetDefaultExpectTimeout(30_000);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }

    /// <summary>
    /// A fresh browser context (no cookies) with German locale, addressing the app (or the one at
    /// <paramref name="baseAddress"/>) by relative URLs.
    /// </summary>
    public async Task<IPage> NewPageAsync(Uri? baseAddress = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (baseAddress ?? BaseAddress).ToString(),
            Locale = "de-DE",
            TimezoneId = "Europe/Berlin",
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        Playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
