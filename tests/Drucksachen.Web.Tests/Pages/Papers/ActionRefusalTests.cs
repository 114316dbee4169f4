using System.Net;
using System.Text.RegularExpressions;
using Drucksachen.Core.Actions;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Pages.Papers;

/// <summary>
/// What the workflow refuses, said on the paper's page in German and precisely: which action, why,
/// and which field. These refusals once all read "Diese Aktion ist Ihnen hier und jetzt nicht möglich"
/// or "Bitte prüfen Sie die Eingaben".
/// </summary>
public sealed partial class ActionRefusalTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task An_action_the_paper_does_not_know_is_named()
    {
        var id = await PaperAsync();
        Assert.Equal("„fliegen“ ist keine Aktion dieser Drucksache. Bitte laden Sie die Seite neu.",
            await RefusalAsync("mueller", id, ("Action", "fliegen")));
    }

    [Fact]
    public async Task An_action_of_another_state_is_named_with_the_state_the_paper_is_in()
    {
        var id = await PaperAsync("submit");
        Assert.Equal("„Freigeben“ ist im Stand „Mitzeichnung“ nicht möglich. Bitte laden Sie die Seite neu.",
            await RefusalAsync("horn", id, ("Action", "release")));
    }

    [Fact]
    public async Task An_action_without_the_role_for_it_is_refused_naming_the_action()
    {
        var id = await PaperAsync("submit", "cosign");
        Assert.Equal("„Freigeben“ ist Ihnen bei dieser Drucksache nicht möglich: Ihre Rolle oder Ihr Amt ist dafür nicht vorgesehen.",
            await RefusalAsync("mueller", id, ("Action", "release")));
    }

    [Fact]
    public async Task A_send_back_without_reason_names_the_Begruendung_field()
    {
        var id = await PaperAsync("submit", "cosign");
        Assert.Equal("„Begründung“: Für „Zurückgeben“ ist eine Begründung nötig; die Verfasserin oder der Verfasser bekommt sie zu sehen.",
            await RefusalAsync("horn", id, ("Action", "return"), ("Comment", "  ")));
    }

    [Fact]
    public async Task An_action_someone_else_just_took_away_says_where_the_paper_is_now()
    {
        var id = await PaperAsync("submit");
        await ActAsync(id, new ActionInput("withdraw", "mueller", Comment: "erledigt"));
        Assert.Equal("Die Drucksache wurde inzwischen geändert und steht jetzt auf „zurückgezogen“: „Mitzeichnen“ ist nicht mehr möglich. Bitte prüfen Sie den neuen Stand.",
            await RefusalAsync("schmidt", id, ("Action", "cosign")));
    }

    [Fact]
    public async Task An_action_on_a_finished_paper_says_it_is_finished()
    {
        var id = await PaperAsync();
        await ActAsync(id, new ActionInput("withdraw", "mueller", Comment: "erledigt"));
        Assert.Equal("„Zurückziehen“ ist nicht mehr möglich: die Drucksache ist abgeschlossen („zurückgezogen“).",
            await RefusalAsync("mueller", id, ("Action", "withdraw"), ("Comment", "noch einmal"), ("Confirmed", "true")));
    }

    [Fact]
    public async Task An_outcome_missing_or_not_offered_names_the_Ergebnis_field()
    {
        var id = await PaperAsync("submit", "cosign", "release");
        Assert.Equal("Bitte füllen Sie „Ergebnis“ aus.", await RefusalAsync("krause", id, ("Action", "record"), ("Outcome", "")));
        Assert.Equal("„Ergebnis“: „vielleicht“ ist bei „Beratungsergebnis erfassen“ kein mögliches Ergebnis.",
            await RefusalAsync("krause", id, ("Action", "record"), ("Outcome", "vielleicht")));
    }

    [Fact]
    public async Task A_correction_with_nothing_recorded_or_without_reason_says_so_naming_its_own_fields()
    {
        var id = await PaperAsync("submit", "cosign", "release");
        Assert.Equal("Hier ist kein Ergebnis mehr zu berichtigen: berichtigt werden kann nur das zuletzt erfasste, solange kein weiteres erfasst ist.",
            await RefusalAsync("krause", id, ("Action", "correct"), ("Outcome", "noted"), ("Comment", "falsch")));

        await ActAsync(id, new ActionInput("record", "krause", Outcome: "noted"));
        Assert.Equal("„Grund der Berichtigung“: Bitte geben Sie den Grund der Berichtigung an.",
            await RefusalAsync("krause", id, ("Action", "correct"), ("Outcome", "recommended")));
    }

    // Posts the paper page's action form as the user and returns the error it shows.
    private async Task<string> RefusalAsync(string user, Guid id, params (string Key, string Value)[] fields)
    {
        var client = await app.LoginAsync(user);
        var response = await WebAppFactory.PostFormAsync(client, $"/Drucksachen/{id}",
            fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)), $"/Drucksachen/{id}?handler=Aktion");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return WebUtility.HtmlDecode(Alert().Match(html).Groups[1].Value).Trim();
    }

    // A Beschlussvorlage with the Jugendamt co-signing and a committee and council meeting that took
    // place yesterday, taken through the given actions by the people whose turn it is.
    private async Task<Guid> PaperAsync(params string[] actions)
    {
        var (id, _) = await TestPapers.ImportAsync(app.Services, "Abgelehnte Aktionen", "Beschlussvorlage", "[Jugendamt]",
            ("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", -1, "Vorberatung"), ("Stadtrat", -1, "Entscheidung"));
        await TestPapers.TakeAsync(app.Services, id, actions);
        return id;
    }

    private Task ActAsync(Guid id, ActionInput input) => TestPapers.ActAsync(app.Services, id, input);

    [GeneratedRegex("class=\"alert alert--error\" role=\"alert\">([^<]*)<")]
    private static partial Regex Alert();
}
