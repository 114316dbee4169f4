using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drucksachen.Web.Tests.Browser;

/// <summary>Steps a person takes in the browser, shared by the browser tests.</summary>
public static class BrowserSession
{
    /// <summary>A fresh context (own cookies) signed in through the login form as a demo account.</summary>
    public static async Task<IPage> SignInAsync(this BrowserFixture fixture, string user, string password = TestSupport.WebAppFactory.DemoPassword)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Anmelden");
        await page.GetByLabel("Benutzername").FillAsync(user);
        await page.GetByLabel("Passwort").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Angemeldet als")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>
    /// Fills the paper page's "Beratungsergebnis erfassen" form with <paramref name="outcome"/> (its label),
    /// lets <paramref name="fill"/> fill more of it, and saves.
    /// </summary>
    public static async Task RecordOutcomeAsync(this IPage page, string outcome, Func<ILocator, Task>? fill = null)
    {
        var form = page.Locator("#aktionen form").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Beratungsergebnis erfassen" }) });
        await form.GetByLabel("Ergebnis", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = outcome });
        if (fill is not null) await fill(form);
        await form.GetByRole(AriaRole.Button, new() { Name = "Ergebnis speichern" }).ClickAsync();
    }

    /// <summary>
    /// Where screenshots are kept for people to look at what a test saw (not part of the repository):
    /// the folder BROWSER_TESTS_SCREENSHOTS names, else drucksachen-screenshots in the temporary folder.
    /// </summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("BROWSER_TESTS_SCREENSHOTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Path.GetTempPath(), "drucksachen-screenshots");

    /// <summary>Keeps a full-page screenshot as NAME.png in <see cref="ScreenshotFolder"/>.</summary>
    public static async Task KeepScreenshotAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    /// <summary>Closes the page's context (and so its cookies).</summary>
    public static Task CloseAllAsync(this IPage page) => page.Context.CloseAsync();

    /// <summary>The paper's id from a URL such as /Drucksachen/{id} or /Entwuerfe/{id}.</summary>
    public static Guid PaperIdFromUrl(string url)
    {
        var last = new Uri(url).AbsolutePath.TrimEnd('/').Split('/')[^1];
        return Guid.Parse(last);
    }
}
