using System.Net;
using Drucksachen.Web.Tests.Api;

namespace Drucksachen.Web.Tests.Access;

/// <summary>Who may import what through POST /api/papers, and what a refusal may say.</summary>
public sealed class ImportAccessTests(HiddenPaperFixture paper) : IClassFixture<HiddenPaperFixture>
{
    private string Numbered(string number, string title = "Historische Vorlage") =>
        ApiPapers.Beschlussvorlage(title).Replace("author: schmidt", $"author: schmidt\nnumber: {number}");

    [Fact]
    public async Task A_number_clash_with_a_hidden_paper_does_not_name_its_title()
    {
        var admin = await paper.WithTokenAsync("admin");

        var problem = await ApiClients.ProblemAsync(await admin.ImportAsync(Numbered(paper.Number)), HttpStatusCode.Conflict);

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("already taken", detail);
        Assert.DoesNotContain(paper.Word, detail);
        Assert.DoesNotContain("Kinderschutzfall", detail);
    }

    [Fact]
    public async Task An_author_may_not_bring_in_a_numbered_paper()
    {
        var schmidt = await paper.WithTokenAsync("schmidt");

        var problem = await ApiClients.ProblemAsync(await schmidt.ImportAsync(Numbered("0500/26")), HttpStatusCode.Forbidden);

        Assert.Contains("field 'number'", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain((await schmidt.GetJsonAsync("/api/papers?pageSize=100")).GetProperty("items").EnumerateArray(),
            p => p.GetProperty("number").GetString() == "0500/26");
    }

    [Fact]
    public async Task An_author_may_not_import_a_draft_of_another_office()
    {
        var wagner = await paper.WithTokenAsync("wagner");

        var problem = await ApiClients.ProblemAsync(
            await wagner.ImportAsync(ApiPapers.Beschlussvorlage("Fremder Entwurf").Replace("author: schmidt", "author: wagner")), HttpStatusCode.Forbidden);

        Assert.Contains("field 'lead'", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_author_may_not_import_as_another_author()
    {
        var mueller = await paper.WithTokenAsync("mueller");

        var problem = await ApiClients.ProblemAsync(
            await mueller.ImportAsync(ApiPapers.Beschlussvorlage("Untergeschoben").Replace("lead: Jugendamt", "lead: Amt für Soziales")
                .Replace("cosigners: [Amt für Soziales]", "cosigners: [Jugendamt]")), HttpStatusCode.Forbidden);

        Assert.Contains("field 'author'", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_numbered_paper_brought_in_by_an_administrator_is_recorded_as_a_migration()
    {
        var admin = await paper.WithTokenAsync("admin");

        var id = await admin.ImportOkAsync(Numbered("0900/26", "Altbestand"));

        var first = (await admin.GetJsonAsync($"/api/papers/{id}/history"))[0];
        Assert.Equal("migrate", first.GetProperty("action").GetString());
        Assert.Equal("admin", first.GetProperty("role").GetString());
        Assert.Equal("aus dem Altbestand übernommen", first.GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_office_typed_in_capitals_is_stored_as_configured_and_does_not_lock_the_office_out()
    {
        var schmidt = await paper.WithTokenAsync("schmidt");
        var markdown = ApiPapers.Beschlussvorlage("Großschreibung").Replace("lead: Jugendamt", "lead: JUGENDAMT")
            .Replace("cosigners: [Amt für Soziales]", "cosigners: [AMT FÜR SOZIALES]");

        var id = await schmidt.ImportOkAsync(markdown);

        var stored = await schmidt.GetJsonAsync($"/api/papers/{id}");
        Assert.Equal("Jugendamt", stored.GetProperty("lead").GetString());
        Assert.Equal(["Amt für Soziales"], stored.GetProperty("cosigners").EnumerateArray().Select(c => c.GetString()));
        await schmidt.ActOkAsync(id, "submit");
        await (await paper.WithTokenAsync("mueller")).ActOkAsync(id, "cosign");
    }
}
