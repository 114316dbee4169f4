using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Pages.Shared;

/// <summary>The main navigation offers each role only what it can use.</summary>
public sealed class MenuTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Theory]
    [InlineData("mueller", new[] { "/Aufgaben", "/Entwuerfe", "/Mitzeichnung" }, new[] { "/Freigabe", "/Sitzungsdienst", "/Konten" })]
    [InlineData("horn", new[] { "/Aufgaben", "/Freigabe" }, new[] { "/Mitzeichnung", "/Entwuerfe", "/Sitzungsdienst", "/Konten" })]
    [InlineData("krause", new[] { "/Aufgaben", "/Sitzungsdienst" }, new[] { "/Mitzeichnung", "/Entwuerfe", "/Freigabe", "/Konten" })]
    [InlineData("becker", new string[0], new[] { "/Aufgaben", "/Mitzeichnung", "/Entwuerfe", "/Freigabe", "/Sitzungsdienst", "/Konten" })]
    [InlineData("admin", new[] { "/Konten" }, new[] { "/Aufgaben", "/Mitzeichnung", "/Entwuerfe", "/Freigabe", "/Sitzungsdienst" })]
    public async Task The_menu_shows_only_what_the_role_can_use(string user, string[] shown, string[] hidden)
    {
        var html = await (await app.LoginAsync(user)).GetStringAsync("/Drucksachen");
        var nav = html[html.IndexOf("aria-label=\"Hauptnavigation\"", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];

        Assert.All(shown, link => Assert.Contains($"href=\"{link}\"", nav));
        Assert.All(hidden, link => Assert.DoesNotContain($"href=\"{link}\"", nav));
    }

    [Fact]
    public async Task A_council_member_starts_at_their_bodies_with_coming_consultations()
    {
        var becker = await app.LoginAsync("becker");

        var start = await becker.GetStringAsync("/");

        Assert.Contains("<h1>Meine Gremien</h1>", start);
        Assert.Contains("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", start);
        Assert.Contains("Stadtrat", start);
        // The demo's 1803/22 is released and consulted by the Sozialausschuss.
        Assert.Contains("1803/22", start);
    }

    [Fact]
    public async Task Everyone_else_starts_at_the_list_of_papers()
    {
        var response = await (await app.LoginAsync("krause")).GetAsync("/");

        Assert.Equal("/Drucksachen", response.Headers.Location?.OriginalString);
    }
}
