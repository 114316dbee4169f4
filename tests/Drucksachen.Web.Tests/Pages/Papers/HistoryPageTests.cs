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
        var history = await ClerksHistoryOf1803Async();
        var states = StateCells().Matches(history).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("Entwurf → Mitzeichnung", states);
        Assert.Contains("Mitzeichnung → Freigabe", states);
        Assert.Contains("Freigabe → in Beratung", states);
        Assert.DoesNotContain(states, s => Regex.IsMatch(s, "draft|cosigning|release|consultation"));
        Assert.Contains("<td>eingereicht</td>", history);
    }

    // The details column once showed the stored keys: "office: Jugendamt", "consultation: dbob; meeting: 2022-10-20", "agenda: SAG/001/2022; item: Ö 4.1".
    [Fact]
    public async Task Details_name_offices_bodies_meetings_and_dates_in_German_not_by_their_stored_keys()
    {
        var history = await ClerksHistoryOf1803Async();

        Assert.Contains("<td>Amt: Jugendamt; Bemerkung: Mitgezeichnet für das Jugendamt</td>", history);
        Assert.Contains("<td>Gremium: Dienstberatung OB; Beratung am 20.10.2022; Ergebnis: zur Kenntnis genommen</td>", history);
        Assert.Contains("<td>auf die Tagesordnung gesetzt</td>", history);
        Assert.Contains("<td>Sitzung SAG/001/2022; TOP Ö 4.1; Gremium: Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung; Beratung am 03.11.2022</td>", history);
        Assert.DoesNotMatch(@"\b(office|consultation|meeting|agenda|item|marking|schedule): ", history);
    }

    private async Task<string> ClerksHistoryOf1803Async()
    {
        var clerk = await app.LoginAsync("krause");
        var html = WebUtility.HtmlDecode(await clerk.GetStringAsync("/Drucksachen?q=1803%2F22"));
        var id = Regex.Match(html, "href=\"/Drucksachen/([0-9a-f-]{36})\">1803/22").Groups[1].Value;
        return WebUtility.HtmlDecode(await clerk.GetStringAsync($"/Drucksachen/{id}/Verlauf"));
    }

    [GeneratedRegex("<td>([^<]* → [^<]*)</td>")]
    private static partial Regex StateCells();
}
