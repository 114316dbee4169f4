using System.Net;
using System.Text.RegularExpressions;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Pages;

/// <summary>The life of a paper through the pages: draft, sequence, submit, co-sign, release, record.</summary>
public sealed partial class WorkflowPagesTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task AuthorDraftsEditsSequenceAndSubmits_OfficeCosigns_ApproverReleases()
    {
        var mueller = await app.LoginAsync("mueller");
        var created = await WebAppFactory.PostFormAsync(mueller, "/Entwuerfe/Neu?typ=Beschlussvorlage", Pairs(
            ("Form.Title", "Neue Spielplätze im Norden"), ("Form.Date", "2026-02-01"), ("Form.IsPublic", "true"),
            ("Form.Cosigners", "Jugendamt"), ("Form.Sections[beschlussvorschlag]", "Der Stadtrat beschließt Spielplätze."),
            ("Form.Sections[sachverhalt]", "Es fehlen Spielplätze."), ("Form.NewBody", "jha"), ("Form.NewDate", "2030-05-06"),
            // Kenntnisnahme, not Vorberatung: the moves below put it after the Entscheidung for a while.
            ("Form.NewRole", "Kenntnisnahme"), ("Form.Command", "save")));
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, AlertOf(await created.Content.ReadAsStringAsync()));
        var editUrl = created.Headers.Location!.OriginalString;
        var id = editUrl.Split('/').Last();

        // Add the city council as deciding body, then move it before the committee and back again.
        var edit = await mueller.GetStringAsync(editUrl);
        Assert.Contains("Jugendhilfeausschuss", edit);
        var form = DraftFormFields.Of(edit);
        form.Add(new("Form.NewBody", "sr"));
        form.Add(new("Form.NewDate", "2030-05-20"));
        form.Add(new("Form.NewRole", "Entscheidung"));
        form.Add(new("Form.Command", "add"));
        await ExpectRedirectAsync(await WebAppFactory.PostFormAsync(mueller, editUrl, form));

        form = DraftFormFields.Of(await mueller.GetStringAsync(editUrl));
        form.Add(new("Form.Command", "up:1"));
        await ExpectRedirectAsync(await WebAppFactory.PostFormAsync(mueller, editUrl, form));
        var page = await mueller.GetStringAsync($"/Drucksachen/{id}");
        Assert.True(page.IndexOf("<h3>Stadtrat</h3>", StringComparison.Ordinal) < page.IndexOf("<h3>Jugendhilfeausschuss</h3>", StringComparison.Ordinal));

        form = DraftFormFields.Of(await mueller.GetStringAsync(editUrl));
        form.Add(new("Form.Command", "down:0"));
        await ExpectRedirectAsync(await WebAppFactory.PostFormAsync(mueller, editUrl, form));
        page = await mueller.GetStringAsync($"/Drucksachen/{id}");
        Assert.True(page.IndexOf("<h3>Jugendhilfeausschuss</h3>", StringComparison.Ordinal) < page.IndexOf("<h3>Stadtrat</h3>", StringComparison.Ordinal));
        Assert.Contains("Entwurf bearbeitet", page);

        // Preview renders a PDF and stores nothing.
        form = DraftFormFields.Of(await mueller.GetStringAsync(editUrl));
        form.Add(new("Form.Command", "preview"));
        var preview = await WebAppFactory.PostFormAsync(mueller, editUrl, form);
        Assert.Equal("application/pdf", preview.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Noch kein PDF erstellt", await mueller.GetStringAsync($"/Drucksachen/{id}"));

        // Submit: "Einreichen" is a button of the draft form, which saves the form first.
        form = DraftFormFields.Of(await mueller.GetStringAsync(editUrl));
        form.Add(new("Form.Command", "submit"));
        await ExpectRedirectAsync(await WebAppFactory.PostFormAsync(mueller, editUrl, form));

        // The Jugendamt co-signs from its inbox.
        var schmidt = await app.LoginAsync("schmidt");
        var inbox = await schmidt.GetStringAsync("/Mitzeichnung");
        Assert.Contains("Neue Spielplätze im Norden", inbox);
        var cosign = await WebAppFactory.PostFormAsync(schmidt, "/Mitzeichnung", ActionFields(inbox, "cosign", id), $"/Drucksachen/{id}?handler=Aktion");
        Assert.Equal("/Mitzeichnung", cosign.Headers.Location!.OriginalString);
        Assert.DoesNotContain("Neue Spielplätze im Norden", await schmidt.GetStringAsync("/Mitzeichnung"));

        // The approver releases from the queue; the message names the number.
        var horn = await app.LoginAsync("horn");
        var queue = await horn.GetStringAsync("/Freigabe");
        Assert.Contains("Neue Spielplätze im Norden", queue);
        var release = await WebAppFactory.PostFormAsync(horn, "/Freigabe", ActionFields(queue, "release", id), $"/Drucksachen/{id}?handler=Aktion");
        await ExpectRedirectAsync(release);
        var after = await horn.GetStringAsync("/Freigabe");
        Assert.Matches(@"Die Drucksache hat die Nummer \d{4}/\d{2}", after);
        Assert.DoesNotContain("Neue Spielplätze im Norden", after);
        Assert.Matches(@"\d{4}/\d{2}: Neue Spielplätze im Norden", await app.CreateBrowser().GetStringAsync("/Drucksachen?q=Spielpl"));
    }

    [Fact]
    public async Task ClerkRecordsOutcomeWithVote_OnTheDemoPaper()
    {
        var krause = await app.LoginAsync("krause");
        var desk = await krause.GetStringAsync("/Sitzungsdienst");
        Assert.Contains("1803/22", desk);
        Assert.Contains("Beratungsergebnis ausstehend", desk);
        var id = DemoLink().Match(desk).Groups[1].Value;

        var page = await krause.GetStringAsync($"/Drucksachen/{id}");
        Assert.Contains("Beratungsergebnis erfassen", page);
        var fields = ActionFields(page, "record");
        fields.AddRange(Pairs(("Outcome", "noted"), ("Date", "2022-11-03"), ("VoteMode", "zaehlung"), ("Yes", "9"), ("No", "2"), ("Abstentions", "1"), ("Comment", "ohne Aussprache")));
        var response = await WebAppFactory.PostFormAsync(krause, $"/Drucksachen/{id}", fields, $"/Drucksachen/{id}?handler=Aktion");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await krause.GetStringAsync($"/Drucksachen/{id}");
        Assert.Contains("9 Ja, 2 Nein, 1 Enthaltung", after);
        Assert.DoesNotContain("1 Enthaltungen", after);
        Assert.Contains("ohne Aussprache", after);
        Assert.Contains("Endfassung", after);
    }

    [Fact]
    public async Task StaleVersion_ShowsConflictMessage_NotAStackTrace()
    {
        var mueller = await app.LoginAsync("mueller");
        var created = await WebAppFactory.PostFormAsync(mueller, "/Entwuerfe/Neu?typ=Informationsvorlage", Pairs(
            ("Form.Title", "Konflikt"), ("Form.Date", "2026-02-01"), ("Form.IsPublic", "true"), ("Form.Command", "save")));
        var id = created.Headers.Location!.OriginalString.Split('/').Last();
        var fields = Pairs(("Action", "submit"), ("ExpectedVersion", "0"));
        var response = await WebAppFactory.PostFormAsync(mueller, $"/Drucksachen/{id}", fields, $"/Drucksachen/{id}?handler=Aktion");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("wurde inzwischen geändert", html);
        Assert.DoesNotContain("   at ", html);
    }

    [Fact]
    public async Task BadDraftInput_ShowsFormError()
    {
        var mueller = await app.LoginAsync("mueller");
        var response = await WebAppFactory.PostFormAsync(mueller, "/Entwuerfe/Neu?typ=Informationsvorlage", Pairs(
            ("Form.Title", "Fehlerhaft"), ("Form.Date", "kein Datum"), ("Form.Command", "save")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("„Datum“: „kein Datum“ ist kein Datum. Bitte geben Sie es als TT.MM.JJJJ ein.", html);
        Assert.DoesNotContain("field &#x27;date&#x27;", html);
        Assert.DoesNotContain("is not a date", html);
    }

    [Fact]
    public async Task MyTasks_OfferReleaseToApprover_AndNothingToCouncilMember()
    {
        var horn = await app.LoginAsync("horn");
        Assert.Contains("Meine Aufgaben", await horn.GetStringAsync("/Aufgaben"));
        var becker = await app.LoginAsync("becker");
        Assert.Contains("keine Aufgaben", await becker.GetStringAsync("/Aufgaben"));
        Assert.Equal(HttpStatusCode.NotFound, (await becker.GetAsync("/Freigabe")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await becker.GetAsync("/Sitzungsdienst")).StatusCode);
    }

    public static TheoryData<string> PostTargets => new()
    {
        "/Anmelden", "/Abmelden", "/Entwuerfe/Neu?typ=Beschlussvorlage", "/Drucksachen/00000000-0000-0000-0000-000000000001?handler=Aktion",
    };

    [Theory]
    [MemberData(nameof(PostTargets))]
    public async Task EveryPost_Returns400_WithoutAntiforgeryToken(string url)
    {
        var mueller = await app.LoginAsync("mueller");
        var response = await mueller.PostAsync(url, new FormUrlEncodedContent([new("Action", "submit"), new("UserName", "x")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DraftEditAndDemoActionPost_Return400_WithoutAntiforgeryToken()
    {
        var krause = await app.LoginAsync("krause");
        var desk = await krause.GetStringAsync("/Sitzungsdienst");
        var id = DemoLink().Match(desk).Groups[1].Value;
        var response = await krause.PostAsync($"/Drucksachen/{id}?handler=Aktion", new FormUrlEncodedContent([new("Action", "record"), new("Outcome", "noted")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var edit = await krause.PostAsync($"/Entwuerfe/{id}", new FormUrlEncodedContent([new("Form.Title", "x")]));
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
    }

    private static async Task ExpectRedirectAsync(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {AlertOf(await response.Content.ReadAsStringAsync())}");

    private static string AlertOf(string html) =>
        Regex.Match(html, "role=\"alert\">([^<]*)<") is { Success: true } m ? m.Groups[1].Value : "no error shown";

    private static List<KeyValuePair<string, string>> Pairs(params (string Key, string Value)[] pairs) =>
        pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)).ToList();

    // The hidden fields of the action form for one action (and, on lists, one paper).
    private static List<KeyValuePair<string, string>> ActionFields(string html, string action, string? paperId = null)
    {
        var marker = $"name=\"Action\" value=\"{action}\"";
        var from = paperId is null ? 0 : html.IndexOf($"/Drucksachen/{paperId}?handler=Aktion", StringComparison.Ordinal);
        var at = html.IndexOf(marker, from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no form for action {action}");
        var end = html.IndexOf("</form>", at, StringComparison.Ordinal);
        var form = html[at..end];
        var version = Regex.Match(form, "name=\"ExpectedVersion\" value=\"(\\d+)\"").Groups[1].Value;
        var returnUrl = Regex.Match(form, "name=\"ReturnUrl\" value=\"([^\"]*)\"").Groups[1].Value;
        return Pairs(("Action", action), ("ExpectedVersion", version), ("ReturnUrl", returnUrl));
    }

    [GeneratedRegex("href=\"/Drucksachen/([0-9a-f-]{36})\">1803/22")]
    private static partial Regex DemoLink();
}
