using Drucksachen.Core.Actions;
using Drucksachen.Core.Drafts;
using Drucksachen.Core.Reading;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Reading;

/// <summary>The author learns why the paper came back: the reason of the send-back that brought it to its state.</summary>
public sealed class ReadPapersReasonTests
{
    [Fact]
    public async Task Reason_OfTheApproversReturn_IsShownOnTheDraft_AlsoAfterTheAuthorEditedIt()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ToReleaseAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));
        await product.ActAsync(paper, new ActionInput("return", DemoUsers.Approver, Comment: "Bitte die Kosten ergänzen."));
        var draft = await product.FindAsync(paper);
        await product.Get<EditDraft>().ExecuteAsync(draft.Id.ToString(), new DraftInput(draft.Title + " (überarbeitet)",
            draft.Date.ToString("yyyy-MM-dd"), draft.IsPublic, draft.Signature, draft.Sections, draft.Attachments, draft.Cosigners, []),
            DemoUsers.Mueller, draft.Version, CancellationToken.None);

        var reason = await product.Get<ReadPapers>().ReasonAsync(await product.FindAsync(paper), CancellationToken.None);

        Assert.NotNull(reason);
        Assert.Equal(("Zurückgeben", DemoUsers.Approver, "approver", null, "Bitte die Kosten ergänzen."),
            (reason.ActionLabel, reason.Actor, reason.Role, reason.Office, reason.Reason));
    }

    [Fact]
    public async Task Reason_OfTheCosigningOffice_NamesTheOffice()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ImportAsync(PaperMarkdown.Information().With(p => p.Cosigners = [Offices.Jugendamt]).Build());
        await product.ActAsync(paper, new ActionInput("submit", DemoUsers.Mueller));
        await product.ActAsync(paper, new ActionInput("return", DemoUsers.Schmidt, Comment: "Zahlen fehlen"));

        var reason = await product.Get<ReadPapers>().ReasonAsync(await product.FindAsync(paper), CancellationToken.None);

        Assert.Equal((Offices.Jugendamt, "Zahlen fehlen"), (reason?.Office, reason?.Reason));
    }

    [Fact]
    public async Task Reason_IsGone_OnceThePaperMovedOn()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ToReleaseAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));
        await product.ActAsync(paper, new ActionInput("return", DemoUsers.Approver, Comment: "Bitte die Kosten ergänzen."));
        await product.ActAsync(paper, new ActionInput("submit", DemoUsers.Mueller));

        Assert.Null(await product.Get<ReadPapers>().ReasonAsync(await product.FindAsync(paper), CancellationToken.None));
    }

    [Fact]
    public async Task Reason_IsNotTaken_FromAnActionThatAsksForNone()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ImportAsync(PaperMarkdown.Information().Build());
        await product.ActAsync(paper, new ActionInput("submit", DemoUsers.Mueller, Comment: "Eilt."));

        Assert.Null(await product.Get<ReadPapers>().ReasonAsync(await product.FindAsync(paper), CancellationToken.None));
    }
}
