using System.Net;
using Drucksachen.Web.Tests.Api;

namespace Drucksachen.Web.Tests.Access;

/// <summary>
/// Who may add a PDF version through POST /api/papers/{id}/documents: the clerks and admins (and
/// approvers), the lead office only before release; never a council member or another office.
/// </summary>
public sealed class RenderAccessTests(HiddenPaperFixture paper) : IClassFixture<HiddenPaperFixture>
{
    private const string Demo = "1803-22";

    private static Task<HttpResponseMessage> RenderAsync(HttpClient client, string id) => client.PostAsync($"/api/papers/{id}/documents", null);

    [Fact]
    public async Task An_author_of_another_office_may_not_add_a_version_to_a_released_paper()
    {
        var wagner = await paper.WithTokenAsync("wagner");

        await ApiClients.ProblemAsync(await RenderAsync(wagner, Demo), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_lead_office_may_not_add_a_version_after_release()
    {
        var mueller = await paper.WithTokenAsync("mueller");

        await ApiClients.ProblemAsync(await RenderAsync(mueller, Demo), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_council_member_may_not_add_a_version_to_a_paper_they_read()
    {
        var weber = await paper.WithTokenAsync("weber");

        await ApiClients.ProblemAsync(await RenderAsync(weber, paper.Id), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Who_cannot_see_the_paper_gets_the_answer_for_no_paper()
    {
        foreach (var who in new[] { "wagner", "becker" })
        foreach (var id in new[] { paper.Id, paper.DraftId })
            await ApiClients.ProblemAsync(await RenderAsync(await paper.WithTokenAsync(who), id), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_clerk_and_the_lead_office_before_release_may_render()
    {
        var krause = await paper.WithTokenAsync("krause");
        var schmidt = await paper.WithTokenAsync("schmidt");

        var byClerk = await krause.JsonAsync(await RenderAsync(krause, Demo), HttpStatusCode.Created);
        var byAuthor = await schmidt.JsonAsync(await RenderAsync(schmidt, paper.DraftId), HttpStatusCode.Created);

        Assert.Equal("1803/22", byClerk.GetProperty("paper").GetString());
        Assert.Equal(2, byAuthor.GetProperty("document").GetProperty("version").GetInt32());
    }
}
