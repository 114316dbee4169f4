using System.Net;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Pages;

public sealed class PaperListTests(PagesFixture app) : IClassFixture<PagesFixture>
{
    [Fact]
    public async Task List_ShowsDemoPaper_ButNotTheNonPublicOne_ToAnonymous()
    {
        var html = await app.CreateBrowser().GetStringAsync("/Drucksachen?q=1803");
        Assert.Contains("1803/22", html);
        var all = await app.CreateBrowser().GetStringAsync("/Drucksachen?q=Planung");
        Assert.DoesNotContain(PagesFixture.HiddenTitle, all);
        Assert.DoesNotContain(app.HiddenNumber, await app.CreateBrowser().GetStringAsync("/Drucksachen"));
    }

    [Fact]
    public async Task Search_FindsByNumber()
    {
        var html = await app.CreateBrowser().GetStringAsync("/Drucksachen?q=" + Uri.EscapeDataString("1803/22"));
        Assert.Contains("1 Drucksache gefunden", html);
        Assert.Contains($"/Drucksachen/{app.DemoId}", html);
    }

    [Fact]
    public async Task Search_FindsByWordOfText_OnlyWhereVisible()
    {
        var anonymous = await app.CreateBrowser().GetStringAsync("/Drucksachen?q=" + PagesFixture.HiddenWord);
        Assert.Contains("Keine Drucksachen gefunden", anonymous);
        var member = await app.LoginAsync("jhamitglied");
        var html = await member.GetStringAsync("/Drucksachen?q=" + PagesFixture.HiddenWord);
        Assert.Contains(PagesFixture.HiddenTitle, html);
        Assert.Contains("nicht öffentlich", html);
        var becker = await app.LoginAsync("becker");
        Assert.DoesNotContain(PagesFixture.HiddenTitle, await becker.GetStringAsync("/Drucksachen?q=" + PagesFixture.HiddenWord));
    }

    [Fact]
    public async Task Search_FindsWordWithUmlaut_InText()
    {
        var html = await app.CreateBrowser().GetStringAsync("/Drucksachen?q=" + Uri.EscapeDataString("blüht"));
        Assert.Contains(PagesFixture.ScriptTitle, html);
    }

    [Fact]
    public async Task Filters_ByTypeBodyYearAndState()
    {
        var client = app.CreateBrowser();
        Assert.DoesNotContain("1803/22", await client.GetStringAsync("/Drucksachen?typ=Beschlussvorlage"));
        Assert.Contains("1803/22", await client.GetStringAsync("/Drucksachen?typ=Informationsvorlage&gremium=dbob"));
        var year = await client.GetStringAsync("/Drucksachen?jahr=2022");
        Assert.Contains("1803/22", year);
        Assert.Contains("1 Drucksache gefunden", year);
        Assert.Contains("1803/22", await client.GetStringAsync("/Drucksachen?status=consultation&jahr=2022"));
        Assert.DoesNotContain("1803/22", await client.GetStringAsync("/Drucksachen?status=done&jahr=2022"));
        Assert.DoesNotContain("1803/22", await client.GetStringAsync("/Drucksachen?gremium=jha"));
    }

    [Fact]
    public async Task Paging_Shows25PerPage_NewestNumberFirst()
    {
        var client = app.CreateBrowser();
        var first = await client.GetStringAsync("/Drucksachen");
        var total = PagesFixture.FillerCount + 2; // fillers, script paper, 1803/22
        Assert.Contains($"{total} Drucksachen gefunden, angezeigt 1 bis 25", first);
        Assert.Contains("Seite 1 von 2", first);
        Assert.Contains("Füllvorlage 25", first); // newest first
        Assert.DoesNotContain("1803/22", first);
        var second = await client.GetStringAsync("/Drucksachen?seite=2");
        Assert.Contains("angezeigt 26 bis 28", second);
        Assert.Contains("1803/22", second);
        Assert.Contains("« Vorherige Seite", second);
    }

    [Fact]
    public async Task Pages_HaveSecurityHeaders_AndGermanLanguage()
    {
        var response = await app.CreateBrowser().GetAsync("/Drucksachen");
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"de\">", html);
        Assert.Contains("href=\"#inhalt\"", html);
        Assert.Contains("<main id=\"inhalt\"", html);
        Assert.DoesNotContain("style=", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task ErrorPage_IsGerman_ForUnknownAddress()
    {
        var response = await app.CreateBrowser().GetAsync("/gibt-es-nicht");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Seite nicht gefunden", await response.Content.ReadAsStringAsync());
    }
}
