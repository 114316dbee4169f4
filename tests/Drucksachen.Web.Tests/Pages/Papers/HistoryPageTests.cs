using System.Net;
using System.Text.RegularExpressions;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Pages.Papers;

/// <summary>The history staff read (/Drucksachen/{id}/Verlauf) is German throughout.</summary>
public sealed partial class HistoryPageTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    // The column "Stand vorher → nachher" once showed the workflow's state ids ("draft → cosigning").
    [Fact]
    public async Task States_are_named_as_the_workflow_labels_them_not_by_their_ids()
    {
        var clerk = await app.LoginAsync("krause");
        var html = WebUtility.HtmlDecode(await clerk.GetStringAsync("/Drucksachen?q=1803%2F22"));
        var id = Regex.Match(html, "href=\"/Drucksachen/([0-9a-f-]{36})\">1803/22").Groups[1].Value;

        var history = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/Drucksachen/{id}/Verlauf"));
        var states = StateCells().Matches(history).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("Entwurf → Mitzeichnung", states);
        Assert.Contains("Mitzeichnung → Freigabe", states);
        Assert.Contains("Freigabe → in Beratung", states);
        Assert.DoesNotContain(states, s => Regex.IsMatch(s, "draft|cosigning|release|consultation"));
        Assert.Contains("<td>eingereicht</td>", history);
    }

    [GeneratedRegex("<td>([^<]* → [^<]*)</td>")]
    private static partial Regex StateCells();
}
