using Drucksachen.Core.Actions;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Errors;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Actions;

/// <summary>What an action is asked with: unknown actions, control characters, and actions someone else took first.</summary>
public class ActionInputTests
{
    private const string SecondApprover = "lorenz";

    [Fact]
    public async Task An_unknown_action_was_not_allowed_and_is_bad_input_naming_the_known_ones()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ImportAsync(PaperMarkdown.Information().Build());

        var e = await Assert.ThrowsAsync<InputException>(() => product.ActAsync(paper, new ActionInput("fly", DemoUsers.Mueller)));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.Equal("action", e.Field);
        Assert.Contains("submit", e.Reason);
    }

    [Fact]
    public async Task An_action_of_the_workflow_that_the_state_does_not_offer_stays_not_allowed()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ImportAsync(PaperMarkdown.Information().Build());

        var e = await Assert.ThrowsAsync<DrucksachenException>(() => product.ActAsync(paper, new ActionInput("release", DemoUsers.Approver)));

        Assert.Equal(ErrorKind.NotAllowed, e.Kind);
    }

    [Fact]
    public async Task The_loser_of_a_race_without_expected_version_got_no_action_and_gets_a_conflict()
    {
        await using var product = await TestProduct.StartAsync(
            configure: o => o.City.Users.Add(new UserOptions { Id = SecondApprover, Name = "Eva Lorenz", Roles = ["approver"] }));
        var paper = await product.ImportAsync(PaperMarkdown.Information().Build());
        await product.ToReleaseAsync(paper);

        // Two approvers pressed "release" on the same page; the first one's request went through first.
        await product.ActAsync(paper, new ActionInput("release", DemoUsers.Approver));
        var e = await Assert.ThrowsAsync<DrucksachenException>(() => product.ActAsync(paper, new ActionInput("release", SecondApprover)));

        Assert.Equal(ErrorKind.Conflict, e.Kind);
        Assert.Contains("changed meanwhile", e.Message);
    }

    [Fact]
    public async Task A_comment_with_a_control_character_is_refused_and_changes_nothing()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ImportAsync(PaperMarkdown.Information().Build());

        var e = await Assert.ThrowsAsync<InputException>(() =>
            product.ActAsync(paper, new ActionInput("submit", DemoUsers.Mueller, Comment: "bitte prüfen\u001b]2;x\u0007")));

        Assert.Equal("comment", e.Field);
        Assert.Equal("draft", (await product.FindAsync(paper)).State);
    }
}
