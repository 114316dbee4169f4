using System.Net;
using System.Text.RegularExpressions;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Pages;

/// <summary>
/// The clerk's outcome form refuses a counted vote that is not one, with a German message at the
/// field, and stores nothing. Every test here is refused, so the demo paper stays recordable for
/// all of them, in any order.
/// </summary>
public sealed partial class VoteFieldTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Theory]
    [InlineData("abc")]
    [InlineData("99999999999")]
    [InlineData("")]
    [InlineData("1000")]
    public async Task ACountedVoteWithABadYesField_IsRefusedAtTheField_NotStoredAsZero(string yes)
    {
        var (krause, id, fields) = await RecordFormAsync();
        fields.AddRange([new("Outcome", "noted"), new("VoteMode", "zaehlung"), new("Yes", yes), new("No", "2"), new("Abstentions", "1")]);

        var response = await WebAppFactory.PostFormAsync(krause, $"/Drucksachen/{id}", fields, $"/Drucksachen/{id}?handler=Aktion");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("„Ja-Stimmen“: Bitte eine ganze Zahl von 0 bis 999 eintragen.", html);
        Assert.Matches("<input id=\"[^\"]*-yes\" name=\"Yes\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"[^\"]*-yes-fehler\"", html);
        Assert.Single(Regex.Matches(html, "aria-invalid=\"true\""));
        await AssertNothingRecordedAsync(krause, id);
    }

    [Fact]
    public async Task CountsTypedWithoutMarkingTheVoteAsCounted_AreRefused_NotDropped()
    {
        var (krause, id, fields) = await RecordFormAsync();
        fields.AddRange([new("Outcome", "noted"), new("VoteMode", ""), new("Yes", "9"), new("No", "2"), new("Abstentions", "1")]);

        var response = await WebAppFactory.PostFormAsync(krause, $"/Drucksachen/{id}", fields, $"/Drucksachen/{id}?handler=Aktion");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("„Abstimmung“: Stimmenzahlen sind eingetragen, aber „mit Stimmenzahl“ ist nicht gewählt.", await response.Content.ReadAsStringAsync());
        await AssertNothingRecordedAsync(krause, id);
    }

    private async Task<(HttpClient Krause, string Id, List<KeyValuePair<string, string>> Fields)> RecordFormAsync()
    {
        var krause = await app.LoginAsync("krause");
        var id = DemoLink().Match(await krause.GetStringAsync("/Sitzungsdienst")).Groups[1].Value;
        var form = Regex.Match(await krause.GetStringAsync($"/Drucksachen/{id}"),
            "name=\"Action\" value=\"record\">\\s*<input type=\"hidden\" name=\"ExpectedVersion\" value=\"(\\d+)\"");
        Assert.True(form.Success, "the demo paper offers the clerk no outcome form");
        return (krause, id, [new("Action", "record"), new("ExpectedVersion", form.Groups[1].Value)]);
    }

    private static async Task AssertNothingRecordedAsync(HttpClient krause, string id)
    {
        var page = await krause.GetStringAsync($"/Drucksachen/{id}");
        Assert.Contains("Beratungsergebnis erfassen", page);
        Assert.DoesNotContain("0 Ja", page);
    }

    [GeneratedRegex("href=\"/Drucksachen/([0-9a-f-]{36})\">1803/22")]
    private static partial Regex DemoLink();
}
