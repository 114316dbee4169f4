using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Pages.Drafts;

/// <summary>"Einreichen" on the draft page: saves, hands the draft on, and says where it went.</summary>
public sealed class DraftSubmissionTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    // Without co-signing offices the draft goes straight to release; the draft page once said
    // "Erledigt: zur Mitzeichnung gegeben" all the same.
    [Theory]
    [InlineData("[]", "Freigabe", "release")]
    [InlineData("[Jugendamt]", "Mitzeichnung", "cosigning")]
    public async Task Einreichen_says_where_the_paper_went(string cosigners, string stateLabel, string state)
    {
        var id = await TestDrafts.ImportAsync(app, "Beschlussvorlage", cosigners);

        var submitted = await TestDrafts.SubmitAsync(app, id);

        Assert.Equal(($"Erledigt. Neuer Stand der Drucksache: {stateLabel}.", state), submitted);
    }
}
