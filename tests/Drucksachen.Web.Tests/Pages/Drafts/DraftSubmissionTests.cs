using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Pages.Drafts;

/// <summary>"Einreichen" on the draft page: saves, hands the draft on, and says where it went.</summary>
public sealed class DraftSubmissionTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    // Without co-signing offices the draft goes straight to release; the draft page once said
    // "Erledigt: zur Mitzeichnung gegeben" all the same.
    [Fact]
    public async Task Einreichen_without_cosigners_says_the_paper_is_now_in_release()
    {
        var id = await TestDrafts.ImportAsync(app, "Beschlussvorlage", cosigners: "[]");

        var (message, state) = await TestDrafts.SubmitAsync(app, id);

        Assert.Equal("Erledigt. Neuer Stand der Drucksache: Freigabe.", message);
        Assert.Equal("release", state);
    }

    [Fact]
    public async Task Einreichen_with_a_cosigner_says_the_paper_is_now_being_cosigned()
    {
        var id = await TestDrafts.ImportAsync(app, "Beschlussvorlage", cosigners: "[Jugendamt]");

        var (message, state) = await TestDrafts.SubmitAsync(app, id);

        Assert.Equal("Erledigt. Neuer Stand der Drucksache: Mitzeichnung.", message);
        Assert.Equal("cosigning", state);
    }
}
