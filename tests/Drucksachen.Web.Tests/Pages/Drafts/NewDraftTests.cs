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
}
