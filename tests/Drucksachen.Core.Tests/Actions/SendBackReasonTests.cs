using Drucksachen.Core.Actions;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Papers;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Actions;

/// <summary>Sending a paper back and withdrawing it need a reason; without one nothing is written.</summary>
public sealed class SendBackReasonTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public async Task ApproversReturn_WithoutAReason_IsBadInputOnTheCommentField_AndWritesNothing(string? comment)
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ToReleaseAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));

        var e = await Assert.ThrowsAsync<InputException>(() => product.ActAsync(paper, new ActionInput("return", DemoUsers.Approver, Comment: comment)));

        Assert.Equal("comment", e.Field);
        Assert.Contains("'return' needs a reason", e.Message);
        await AssertUnchangedAsync(product, paper);
    }

    [Fact]
    public async Task CosigningOfficesReturn_WithoutAReason_IsRefused_AndWithOne_GoesBackToDraft()
    {
        await using var product = await TestProduct.StartAsync();
        var imported = await product.ImportAsync(PaperMarkdown.Information().With(p => p.Cosigners = [Offices.Jugendamt]).Build());
        var paper = (await product.ActAsync(imported, new ActionInput("submit", DemoUsers.Mueller))).Paper;

        var e = await Assert.ThrowsAsync<InputException>(() => product.ActAsync(paper, new ActionInput("return", DemoUsers.Schmidt)));
        await AssertUnchangedAsync(product, paper);
        var returned = await product.ActAsync(paper, new ActionInput("return", DemoUsers.Schmidt, Comment: "Zahlen fehlen"));

        Assert.Equal("comment", e.Field);
        Assert.Equal("draft", returned.Paper.State);
    }

    [Fact]
    public async Task Withdraw_WithoutAReason_IsRefused()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ImportAsync(PaperMarkdown.Information().Build());

        var e = await Assert.ThrowsAsync<InputException>(() => product.ActAsync(paper, new ActionInput("withdraw", DemoUsers.Mueller)));

        Assert.Equal("comment", e.Field);
        await AssertUnchangedAsync(product, paper);
    }

    private static async Task AssertUnchangedAsync(TestProduct product, Paper before)
    {
        var stored = await product.FindAsync(before);
        Assert.Equal((before.Version, before.State), (stored.Version, stored.State));
        Assert.Equal(before.HistoryCount, (await product.HistoryAsync(before)).Count);
    }
}
