using System.Net;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Pages;

public sealed class PaperPageTests(PagesFixture app) : IClassFixture<PagesFixture>
{
    [Fact]
    public async Task PaperPage_ShowsTimelineFactsAndPdfLinks()
    {
        var html = await app.CreateBrowser().GetStringAsync($"/Drucksachen/{app.DemoId}");
        Assert.Contains("<h2 id=\"beratungsfolge-titel\">Beratungsfolge</h2>", html);
        Assert.Contains("<ol class=\"timeline\">", html);
        Assert.Contains("Dienstberatung OB", html);
        Assert.Contains("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", html);
        Assert.Contains("zur Kenntnis genommen", html);
        Assert.Contains("öffentlich", html);
        Assert.Contains("Amt für Soziales", html);
        Assert.Contains($"href=\"/Drucksachen/{app.DemoId}/Dokumente/1\"", html);
        Assert.Contains("Verlauf", html);
        // The public reads the paper's public course.
        Assert.Contains("Freigegeben als Informationsvorlage 1803/22", html);
    }

    [Fact]
    public async Task PaperPage_RendersMarkdown_WithScriptEscaped()
    {
        var html = await app.CreateBrowser().GetStringAsync($"/Drucksachen/{app.ScriptId}");
        Assert.Contains("<strong>fett</strong>", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("<a href=\"https://www.erfurt.de\">Stadt</a>", html);
    }

    [Fact]
    public async Task Pdf_OpensInTheBrowser_Inline()
    {
        var response = await app.CreateBrowser().GetAsync($"/Drucksachen/{app.DemoId}/Dokumente/1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".pdf", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
    }

    [Fact]
    public async Task Pdf_DownloadLink_SendsItAsAttachment()
    {
        var client = app.CreateBrowser();
        var html = await client.GetStringAsync($"/Drucksachen/{app.DemoId}");
        Assert.Contains($"href=\"/Drucksachen/{app.DemoId}/Dokumente/1?herunterladen\" download", html);

        var response = await client.GetAsync($"/Drucksachen/{app.DemoId}/Dokumente/1?herunterladen");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync(), 0, 4));
    }

    [Fact]
    public async Task Pdf_AnswersHead_WithHeadersAndNoBody()
    {
        var client = app.CreateBrowser();
        var get = await client.GetAsync($"/Drucksachen/{app.DemoId}/Dokumente/1");
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/Drucksachen/{app.DemoId}/Dokumente/1"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("application/pdf", head.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", head.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        var hidden = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/Drucksachen/{app.HiddenId}/Dokumente/1"));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task Download_Returns404_ForUnknownVersionOrPaper()
    {
        var client = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Drucksachen/{app.DemoId}/Dokumente/99")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Drucksachen/{Guid.NewGuid()}")).StatusCode);
    }

    public static TheoryData<string> HiddenRoutes => new() { "", "/Verlauf", "/Dokumente/1" };

    [Theory]
    [MemberData(nameof(HiddenRoutes))]
    public async Task NonPublicPaper_Is404_ForAnonymousAndOtherBodies_And200_ForItsBody(string route)
    {
        var url = $"/Drucksachen/{app.HiddenId}{route}";
        var anonymous = await app.CreateBrowser().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.DoesNotContain(PagesFixture.HiddenTitle, await anonymous.Content.ReadAsStringAsync());

        var becker = await (await app.LoginAsync("becker")).GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, becker.StatusCode);
        Assert.DoesNotContain(PagesFixture.HiddenTitle, await becker.Content.ReadAsStringAsync());

        var member = await (await app.LoginAsync("jhamitglied")).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, member.StatusCode);
        if (route != "/Dokumente/1") Assert.Contains(PagesFixture.HiddenTitle, await member.Content.ReadAsStringAsync());
        else Assert.Equal("application/pdf", member.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task NonPublicPaper_ActionPost_Is404_ForOtherBodies()
    {
        var becker = await app.LoginAsync("becker");
        var response = await WebAppFactory.PostFormAsync(becker, "/Drucksachen",
            new Dictionary<string, string> { ["Action"] = "record", ["Outcome"] = "approved" },
            $"/Drucksachen/{app.HiddenId}?handler=Aktion");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
