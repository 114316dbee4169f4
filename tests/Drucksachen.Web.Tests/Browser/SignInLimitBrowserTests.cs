using Drucksachen.Web.Pages.Konto;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drucksachen.Web.Tests.Browser;

/// <summary>
/// The sign-in limit as staff behind one city proxy meet it (every browser here comes from
/// 127.0.0.1, one address): good sign-ins one after another are never refused; failed ones are
/// answered in German, up to the limit, and then the page says how long to wait. The user name
/// typed stays in its field throughout.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInLimitBrowserTests(BrowserFixture browser, StrictLoginLimitBrowserApp app) : IClassFixture<StrictLoginLimitBrowserApp>
{
    [Fact]
    public async Task Good_sign_ins_are_never_refused_failed_ones_are_until_the_limit_and_the_page_says_how_long_to_wait()
    {
        for (var i = 0; i < StrictLoginLimitBrowserApp.Limit + 2; i++)
        {
            var colleague = await browser.NewPageAsync(app.BaseAddress);
            try
            {
                var response = await SignInAsync(colleague, i % 2 == 0 ? "becker" : "krause", WebAppFactory.DemoPassword);
                Assert.Equal(200, response.Status);
                await Expect(colleague.GetByText("Angemeldet als")).ToBeVisibleAsync();
            }
            finally { await colleague.CloseAllAsync(); }
        }

        var guesser = await browser.NewPageAsync(app.BaseAddress);
        try
        {
            for (var i = 0; i < StrictLoginLimitBrowserApp.Limit; i++)
            {
                var response = await SignInAsync(guesser, "m.mustermann", "falsch-" + i);
                Assert.Equal(200, response.Status);
                await Expect(guesser.GetByRole(AriaRole.Alert)).ToHaveTextAsync(AnmeldenModel.FailedMessage);
                await Expect(guesser.GetByLabel("Benutzername")).ToHaveValueAsync("m.mustermann");
                await Expect(guesser.GetByLabel("Passwort")).ToHaveValueAsync("");
            }

            // The limit is used up: from this address even the right password has to wait.
            var refused = await SignInAsync(guesser, "becker", WebAppFactory.DemoPassword);
            Assert.Equal(429, refused.Status);
            Assert.Equal("60", await refused.HeaderValueAsync("retry-after"));
            await Expect(guesser.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
                "Von Ihrer Adresse gab es zu viele fehlgeschlagene Anmeldungen. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.");
            await Expect(guesser.GetByLabel("Benutzername")).ToHaveValueAsync("becker");
            await Expect(guesser.GetByText("Angemeldet als")).ToHaveCountAsync(0);
        }
        finally { await guesser.CloseAllAsync(); }
    }

    // Fills and sends the sign-in form; the answer to the form's POST (the page it shows, or the
    // redirect's target after a good sign-in).
    private static async Task<IResponse> SignInAsync(IPage page, string user, string password)
    {
        await page.GotoAsync("/Anmelden");
        await page.GetByLabel("Benutzername").FillAsync(user);
        await page.GetByLabel("Passwort").FillAsync(password);
        return await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).ClickAsync(),
            r => r.Request.IsNavigationRequest && r.Status != 302);
    }
}
