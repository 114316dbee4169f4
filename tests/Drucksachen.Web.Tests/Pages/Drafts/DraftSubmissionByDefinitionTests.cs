using System.Net;

namespace Drucksachen.Web.Tests.Pages.Drafts;

/// <summary>
/// The draft page and the paper page's "Entwurf bearbeiten" find the action that hands a draft on in
/// the workflow definition, whatever it is called; both once looked for an action named "submit".
/// </summary>
public sealed class DraftSubmissionByDefinitionTests(RenamedSubmitFactory app) : IClassFixture<RenamedSubmitFactory>
{
    [Fact]
    public async Task A_draft_whose_workflow_names_its_submission_otherwise_is_edited_and_submitted()
    {
        var id = await TestDrafts.ImportAsync(app, "Antrag", cosigners: "[]");
        var author = await app.LoginAsync("mueller");

        Assert.Contains($"href=\"/Entwuerfe/{id}\">Entwurf bearbeiten", await author.GetStringAsync($"/Drucksachen/{id}"));
        var edit = await author.GetAsync($"/Entwuerfe/{id}");
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Contains("gibt den Entwurf dann weiter („Einreichen“)", WebUtility.HtmlDecode(await edit.Content.ReadAsStringAsync()));

        var (message, state) = await TestDrafts.SubmitAsync(app, id);

        Assert.Equal("Erledigt. Neuer Stand der Drucksache: Freigabe.", message);
        Assert.Equal("release", state);
    }
}
