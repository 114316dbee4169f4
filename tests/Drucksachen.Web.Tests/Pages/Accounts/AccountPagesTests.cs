using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Drucksachen.Core.Users;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Pages.Accounts;

/// <summary>/Konten: administrators manage accounts in the browser, by the rules of the CLI's user commands.</summary>
public sealed partial class AccountPagesTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Theory]
    [InlineData("mueller", "/Konten")]
    [InlineData("horn", "/Konten/krause")]
    public async Task Only_administrators_find_the_account_pages(string user, string url)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(user)).GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_administrator_creates_a_council_member_who_can_then_sign_in()
    {
        var admin = await app.LoginAsync("admin");
        var id = "rat" + Guid.NewGuid().ToString("N")[..6];

        var created = await WebAppFactory.PostFormAsync(admin, "/Konten", Pairs(("Form.Id", id), ("Form.Name", "Ruth Rat"), ("Form.Roles", "council"),
            ("Form.Office", ""), ("Form.Bodies", "sr"), ("Form.Bodies", "sag"), ("Form.Password", WebAppFactory.DemoPassword)));

        Assert.Equal($"/Konten/{id}", created.Headers.Location?.OriginalString);
        var profile = await app.ProfileAsync(id);
        Assert.Equal(["council"], profile.Roles);
        Assert.Equal(["sr", "sag"], profile.Bodies);
        Assert.Contains("Meine Gremien", await (await app.LoginAsync(id)).GetStringAsync("/"));
    }

    [Fact]
    public async Task An_unknown_office_is_refused_naming_the_field_as_the_form_does_and_keeps_the_entries()
    {
        var admin = await app.LoginAsync("admin");

        var response = await WebAppFactory.PostFormAsync(admin, "/Konten", Pairs(("Form.Id", "weber"), ("Form.Name", "Klaus Weber"),
            ("Form.Roles", "author"), ("Form.Office", "Amt für Träume")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("„Amt“: Das Amt „Amt für Träume“ ist nicht bekannt.", Alert(html));
        Assert.Contains("value=\"Klaus Weber\"", html);
        Assert.Null(await app.Services.GetRequiredService<IUserDirectory>().FindAsync("weber", CancellationToken.None));
    }

    // The account forms once showed ManageAccounts' and Identity's English reasons ("Bitte prüfen Sie
    // das Feld „Passwort“: Passwords must be at least 6 characters.").
    [Theory]
    [InlineData("krause", "author", "Jugendamt", "Drucksachen-2026", "Ein Konto mit dem Benutzernamen „krause“ gibt es schon.")]
    [InlineData("neu1", "", "Jugendamt", "Drucksachen-2026", "„Rollen“: Ein Konto braucht mindestens eine Rolle.")]
    [InlineData("neu2", "author", "Jugendamt", "kurz", "„Passwort“: Das Passwort muss mindestens 6 Zeichen lang sein. Das Passwort muss ein Sonderzeichen enthalten (weder Buchstabe noch Ziffer). Das Passwort muss eine Ziffer (0–9) enthalten. Das Passwort muss einen Großbuchstaben (A–Z) enthalten.")]
    [InlineData("neu 3", "author", "Jugendamt", "Drucksachen-2026", "„Benutzername“: „neu 3“ ist als Benutzername nicht möglich: erlaubt sind Buchstaben ohne Umlaute, Ziffern und - . _ @ +.")]
    [InlineData("", "author", "Jugendamt", "Drucksachen-2026", "Bitte füllen Sie „Benutzername“ aus.")]
    public async Task A_refused_account_is_explained_in_German_naming_the_field(string id, string role, string office, string password, string expected)
    {
        var admin = await app.LoginAsync("admin");

        var fields = Pairs(("Form.Id", id), ("Form.Name", "Neue Person"), ("Form.Office", office), ("Form.Password", password));
        // No role ticked: the form sends none.
        if (role.Length > 0) fields.Add(new("Form.Roles", role));
        var response = await WebAppFactory.PostFormAsync(admin, "/Konten", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, Alert(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_token_without_a_name_asks_for_the_Verwendungszweck_in_German()
    {
        var admin = await app.LoginAsync("admin");

        var response = await WebAppFactory.PostFormAsync(admin, "/Konten/krause", Pairs(("TokenName", " ")), "/Konten/krause?handler=Token");

        Assert.Equal("Bitte füllen Sie „Verwendungszweck“ aus.", Alert(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_until_unlocked_and_an_administrator_cannot_lock_themselves()
    {
        await app.AddUserAsync("gesperrt", "Gesperrte Person", ["author"], "Jugendamt");
        var admin = await app.LoginAsync("admin");

        await ExpectRedirectAsync(await WebAppFactory.PostFormAsync(admin, "/Konten/gesperrt", Pairs(), "/Konten/gesperrt?handler=Sperren"));
        var whileLocked = await WebAppFactory.PostLoginAsync(app.CreateBrowser(), "gesperrt", WebAppFactory.DemoPassword);
        Assert.Contains("gesperrt", await admin.GetStringAsync("/Konten"));
        await ExpectRedirectAsync(await WebAppFactory.PostFormAsync(admin, "/Konten/gesperrt", Pairs(), "/Konten/gesperrt?handler=Entsperren"));
        var own = await WebAppFactory.PostFormAsync(admin, "/Konten/admin", Pairs(), "/Konten/admin?handler=Sperren");

        Assert.NotEqual(HttpStatusCode.Redirect, whileLocked.StatusCode);
        await app.LoginAsync("gesperrt");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("Sie können Ihr eigenes Konto nicht sperren", await own.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_token_made_in_the_browser_is_shown_once_works_for_the_API_and_stops_when_revoked()
    {
        var admin = await app.LoginAsync("admin");

        var made = await WebAppFactory.PostFormAsync(admin, "/Konten/krause", Pairs(("TokenName", "Import RIS")), "/Konten/krause?handler=Token");
        var html = await made.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html).Value;
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var before = await api.GetAsync("/api/tokens");
        var tokenId = Regex.Match(await admin.GetStringAsync("/Konten/krause"), "name=\"TokenId\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        await ExpectRedirectAsync(await WebAppFactory.PostFormAsync(admin, "/Konten/krause", Pairs(("TokenId", tokenId)), "/Konten/krause?handler=Widerrufen"));
        var after = await api.GetAsync("/api/tokens");

        Assert.StartsWith("dst_", token);
        Assert.DoesNotContain(token, await admin.GetStringAsync("/Konten/krause"));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    private static async Task ExpectRedirectAsync(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{(int)response.StatusCode}: {Regex.Match(await response.Content.ReadAsStringAsync(), "role=\"alert\">([^<]*)<").Groups[1].Value}");

    // The page's error message, as the browser shows it.
    private static string Alert(string html) =>
        System.Net.WebUtility.HtmlDecode(Regex.Match(html, "class=\"alert alert--error\" role=\"alert\">([^<]*)<").Groups[1].Value).Trim();

    private static List<KeyValuePair<string, string>> Pairs(params (string Key, string Value)[] pairs) =>
        pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)).ToList();

    [GeneratedRegex("dst_[A-Za-z0-9_-]+")]
    private static partial Regex TokenPattern();
}
