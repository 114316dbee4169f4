using Drucksachen.Core.Actions;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Papers;
using Drucksachen.Testing;
using Drucksachen.Workflows.Runtime;

namespace Drucksachen.Core.Tests.Actions;

/// <summary>Mitzeichnung: every involved office signs once; any of them can send the paper back.</summary>
public class CosigningTests
{
    private static async Task<(TestProduct Product, Paper Paper)> SubmittedWithTwoCosignersAsync()
    {
        var product = await TestProduct.StartAsync();
        var paper = await product.ImportAsync(PaperMarkdown.Information().With(p => p.Cosigners = [Offices.Jugendamt, Offices.Bildung]).Build());
        var submitted = await product.ActAsync(paper, new ActionInput("submit", DemoUsers.Mueller));
        Assert.Equal("cosigning", submitted.Paper.State);
        return (product, submitted.Paper);
    }

    private static IReadOnlyCollection<string> Signed(Paper paper) => WorkflowInstance.FromJson(paper.Workflow.InstanceJson).Signed;

    [Fact]
    public async Task Return_ByOneOffice_SendsThePaperBackToDraftAndClearsSignatures_SoBothSignAgain()
    {
        var (product, paper) = await SubmittedWithTwoCosignersAsync();
        await using var _ = product;

        var signed = await product.ActAsync(paper, new ActionInput("cosign", DemoUsers.Schmidt));
        Assert.Equal("cosigning", signed.Paper.State);
        Assert.Equal([Offices.Jugendamt], Signed(signed.Paper));

        var returned = await product.ActAsync(paper, new ActionInput("return", DemoUsers.Wagner, Comment: "Zahlen zum Schulbedarf fehlen"));
        Assert.Equal("draft", returned.Paper.State);
        Assert.Empty(Signed(returned.Paper));
        var entry = Assert.Single(returned.Entries);
        Assert.Equal((DemoUsers.Wagner, "cosigner", "return", "cosigning", "draft"), (entry.Actor, entry.Role, entry.Action, entry.FromState, entry.ToState));
        Assert.Equal(Offices.Bildung, Details.Of(entry).Text("office"));

        var resubmitted = await product.ActAsync(paper, new ActionInput("submit", DemoUsers.Mueller));
        Assert.Equal("cosigning", resubmitted.Paper.State);
        Assert.Empty(Signed(resubmitted.Paper));

        // The Jugendamt's earlier signature does not count: after it signs again the paper still waits for the Amt für Bildung.
        var again = await product.ActAsync(paper, new ActionInput("cosign", DemoUsers.Schmidt));
        Assert.Equal("cosigning", again.Paper.State);
        var early = await Assert.ThrowsAsync<DrucksachenException>(() => product.ActAsync(paper, new ActionInput("release", DemoUsers.Approver)));
        Assert.Equal(ErrorKind.NotAllowed, early.Kind);

        var complete = await product.ActAsync(paper, new ActionInput("cosign", DemoUsers.Wagner));
        Assert.Equal("release", complete.Paper.State);
        Assert.Equal("0001/22", (await product.ActAsync(paper, new ActionInput("release", DemoUsers.Approver))).Paper.Number);

        var history = await product.HistoryAsync(paper);
        Assert.Equal(["import", "submit", "cosign", "return", "submit", "cosign", "cosign", "release"], history.Select(e => e.Action));
        Assert.Equal([Offices.Jugendamt, Offices.Bildung, Offices.Jugendamt, Offices.Bildung],
            history.Where(e => e.Action is "cosign" or "return").Select(e => Details.Of(e).Text("office")));
    }

    [Fact]
    public async Task Cosign_ByAnOfficeNotInvolved_IsNotAllowed_AndNotFoundForWhoCannotSeeTheDraft()
    {
        var (product, paper) = await SubmittedWithTwoCosignersAsync();
        await using var _ = product;

        foreach (var (outsider, kind) in new[]
                 {
                     (DemoUsers.Fischer, ErrorKind.NotFound), (DemoUsers.Mueller, ErrorKind.NotAllowed), (DemoUsers.Approver, ErrorKind.NotAllowed),
                 })
        {
            var e = await Assert.ThrowsAsync<DrucksachenException>(() => product.ActAsync(paper, new ActionInput("cosign", outsider)));
            Assert.Equal(kind, e.Kind);
        }
        var stored = await product.FindAsync(paper);
        Assert.Equal(paper.Version, stored.Version);
        Assert.Empty(Signed(stored));
    }

    [Fact]
    public async Task Cosign_TwiceByTheSameOffice_IsNotAllowed()
    {
        var (product, paper) = await SubmittedWithTwoCosignersAsync();
        await using var _ = product;
        await product.ActAsync(paper, new ActionInput("cosign", DemoUsers.Schmidt));

        var e = await Assert.ThrowsAsync<DrucksachenException>(() => product.ActAsync(paper, new ActionInput("cosign", DemoUsers.Schmidt)));

        Assert.Equal(ErrorKind.NotAllowed, e.Kind);
        Assert.Contains("already signed", e.Message);
        var stored = await product.FindAsync(paper);
        Assert.Equal("cosigning", stored.State);
        Assert.Equal([Offices.Jugendamt], Signed(stored));
        Assert.Single(await product.HistoryAsync(paper), h => h.Action == "cosign");
    }

    [Fact]
    public async Task Submit_OfAPaperWithoutCosigners_GoesStraightToRelease()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ImportAsync(PaperMarkdown.Information().With(p => p.Cosigners = []).Build());

        var submitted = await product.ActAsync(paper, new ActionInput("submit", DemoUsers.Mueller));

        Assert.Equal("release", submitted.Paper.State);
        Assert.Equal(("draft", "release"), (submitted.Entries[0].FromState, submitted.Entries[0].ToState));
    }
}
