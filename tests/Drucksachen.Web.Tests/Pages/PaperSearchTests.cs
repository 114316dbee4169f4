using System.Net;
using Drucksachen.Web.Tests.Api;

namespace Drucksachen.Web.Tests.Pages;

/// <summary>
/// The search of the papers list (full-text index, trigrams): any part of a number, title or
/// section text, in any case, umlauts included; short texts; query syntax taken literally; and
/// hits only where the viewer may see the paper, in the list, its total and the API alike.
/// </summary>
public sealed class PaperSearchTests(SearchFixture app) : IClassFixture<SearchFixture>
{
    [Theory]
    [InlineData("Grundschule")]          // a word of the title
    [InlineData("rundschul")]            // part of a word of the title
    [InlineData("RÖHRICHT")]             // another case, umlaut included
    [InlineData("am röhricht")]
    [InlineData("Überprüfung der Fenster")] // section text, starting with an umlaut
    [InlineData("erhebliche mängel")]
    [InlineData("die ausschr")]          // section text: words, the last one begun
    [InlineData("Mängel. Die Ausschreibung")] // across a line break of the Markdown
    [InlineData("  Fenster   ergab ")]    // blanks as typed
    public async Task Search_FindsThePaper_ByAnyPartOfItsTitle_OrWordsOfItsText(string text)
    {
        var html = await SearchAsync(app.CreateBrowser(), text);
        Assert.Contains("1 Drucksache gefunden", html);
        Assert.Contains(SearchFixture.PublicTitle, html);
    }

    [Fact]
    public async Task Search_FindsThePaper_ByItsNumberOrPartOfIt()
    {
        var browser = app.CreateBrowser();
        Assert.Contains(SearchFixture.PublicTitle, await SearchAsync(browser, app.PublicNumber));
        Assert.Contains(SearchFixture.PublicTitle, await SearchAsync(browser, app.PublicNumber[..^1]));
    }

    [Fact]
    public async Task Search_WithOneOrTwoLetters_LooksThemUpToo()
    {
        var browser = app.CreateBrowser();
        Assert.Contains(SearchFixture.PublicTitle, await SearchAsync(browser, "Rö"));
        Assert.Contains(SearchFixture.PublicTitle, await SearchAsync(browser, "ü"));
        Assert.Contains("Keine Drucksachen gefunden", await SearchAsync(browser, "%"));
        Assert.Contains("Keine Drucksachen gefunden", await SearchAsync(browser, "_!"));
    }

    // Signs that mean something to the full-text index are punctuation between words here.
    [Theory]
    [InlineData("\"Grundschule")]
    [InlineData("Grundschule*")]
    [InlineData("(Grundschule)")]
    [InlineData("-Grundschule")]     // not "without"
    [InlineData("^Grundschule")]     // not "at the start"
    public async Task Search_TakesQuerySyntax_AsPunctuation(string text)
    {
        var html = await SearchAsync(app.CreateBrowser(), text);
        Assert.Contains("1 Drucksache gefunden", html);
        Assert.Contains(SearchFixture.PublicTitle, html);
    }

    // Each would find the paper if read as query syntax (or, near, a column, a pattern).
    [Theory]
    [InlineData("\"")]
    [InlineData("Grundschule OR Mängel")]
    [InlineData("NEAR(Grundschule Mängel)")]
    [InlineData("Title:Grundschule")]
    [InlineData("Grundschule AND")]
    [InlineData("{Title Text}: Grundschule")]
    [InlineData("'; DROP TABLE Papers; --")]
    [InlineData("100%")]
    [InlineData("a_b")]
    public async Task Search_TakesQuerySyntax_Literally(string text)
    {
        var response = await app.CreateBrowser().GetAsync("/Drucksachen?q=" + Uri.EscapeDataString(text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Keine Drucksachen gefunden", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Search_NeverFindsTheTextOrNumberOfANonPublicPaper_ForAnonymous()
    {
        var anonymous = app.CreateBrowser();
        foreach (var text in new[] { SearchFixture.HiddenWord, "schweigepflichts", SearchFixture.HiddenWord.ToUpperInvariant(), app.HiddenNumber, "Einzelfall" })
        {
            var html = await SearchAsync(anonymous, text);
            Assert.Contains("Keine Drucksachen gefunden", html);
            Assert.DoesNotContain(SearchFixture.HiddenTitle, html);
            var page = await app.Anonymous().GetJsonAsync("/api/papers?q=" + Uri.EscapeDataString(text));
            Assert.Equal(0, page.GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task Search_FindsTheTextOfANonPublicPaper_ForMembersOfItsBody_Only()
    {
        var member = await app.LoginAsync("jhamitglied");
        var html = await SearchAsync(member, "schweigepflichts");
        Assert.Contains("1 Drucksache gefunden", html);
        Assert.Contains(SearchFixture.HiddenTitle, html);

        var outsider = await app.LoginAsync("becker");
        Assert.Contains("Keine Drucksachen gefunden", await SearchAsync(outsider, "schweigepflichts"));
    }

    [Fact]
    public async Task Search_CombinesWithFilters_AndCountsOnlyTheHits()
    {
        var browser = app.CreateBrowser();
        Assert.Contains("1 Drucksache gefunden", await browser.GetStringAsync("/Drucksachen?q=Fenster&typ=Beschlussvorlage&gremium=jha"));
        Assert.Contains("Keine Drucksachen gefunden", await browser.GetStringAsync("/Drucksachen?q=Fenster&typ=Informationsvorlage"));
    }

    [Fact]
    public async Task List_FarBeyondTheLastPage_AnswersWithAnEmptyPage()
    {
        var response = await app.CreateBrowser().GetAsync("/Drucksachen?q=Fenster&seite=2147483647");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(SearchFixture.PublicTitle, html);
        Assert.Contains("1 Drucksache gefunden, keine auf Seite ", html);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowser().GetAsync("/Drucksachen?seite=2147483647")).StatusCode);
    }

    private static Task<string> SearchAsync(HttpClient client, string text) =>
        client.GetStringAsync("/Drucksachen?q=" + Uri.EscapeDataString(text));
}
