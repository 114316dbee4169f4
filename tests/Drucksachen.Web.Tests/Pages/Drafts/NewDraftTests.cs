using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Pages.Drafts;

/// <summary>/Entwuerfe/Neu: a new draft starts with the standard wording of its paper type, for the author to edit.</summary>
public sealed class NewDraftTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Theory]
    [InlineData("Beschlussvorlage", "beschlussvorschlag", "Der Stadtrat beschließt:")]
    [InlineData("Beschlussvorlage", "finanzielle_auswirkungen", "Die Beschlussfassung hat keine finanziellen Auswirkungen.")]
    [InlineData("Informationsvorlage", "sachverhalt", "Der … nimmt die Information der Verwaltung zur Kenntnis.")]
    [InlineData("Antrag", "beschlussvorschlag", "Der Stadtrat möge beschließen:")]
    public async Task A_new_draft_starts_with_the_standard_wording_of_its_type(string type, string section, string wording)
    {
        var html = await (await app.LoginAsync("mueller")).GetStringAsync($"/Entwuerfe/Neu?typ={type}");

        var start = html.IndexOf($"name=\"Form.Sections[{section}]\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no field for section {section}");
        var text = html[html.IndexOf('>', start)..html.IndexOf("</textarea>", start, StringComparison.Ordinal)];
        Assert.Contains(wording, System.Net.WebUtility.HtmlDecode(text));
    }

    // "Beratung hinzufügen" without a date once said so in a format of its own ("Sitzung am: Bitte …").
    [Fact]
    public async Task Beratung_hinzufuegen_without_a_date_names_the_field_as_every_form_message_does()
    {
        var author = await app.LoginAsync("mueller");

        var response = await WebAppFactory.PostFormAsync(author, "/Entwuerfe/Neu?typ=Beschlussvorlage", new Dictionary<string, string>
        {
            ["Form.Title"] = "Ohne Sitzungstermin", ["Form.NewBody"] = "sr", ["Form.NewDate"] = "", ["Form.Command"] = "add",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("„Sitzung am“: Bitte geben Sie das Datum der Sitzung an; es wurde keine Beratung hinzugefügt.",
            System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "role=\"alert\">([^<]*)<").Groups[1].Value).Trim());
        Assert.Contains("value=\"Ohne Sitzungstermin\"", html);
    }
}
