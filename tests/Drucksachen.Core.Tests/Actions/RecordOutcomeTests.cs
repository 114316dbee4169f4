using Drucksachen.Core.Actions;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Actions;

/// <summary>
/// What each outcome does to the advisory sequence of a Beschlussvorlage with three consultations:
/// Dienstberatung OB (20.10.2022), social committee (03.11.2022, Vorberatung), Stadtrat (16.11.2022, Entscheidung).
/// </summary>
public class RecordOutcomeTests
{
    private static async Task<(TestProduct Product, Paper Paper)> DecisionPaperInConsultationAsync()
    {
        var product = await TestProduct.StartAsync();
        var paper = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Decision().Build()));
        Assert.Equal(["dbob", "sag", "sr"], paper.Consultations.Select(c => c.Body));
        product.AfterMeetings(paper);
        return (product, paper);
    }

    private static Task<ActionResult> Record(TestProduct product, Paper paper, string outcome, string? nextDate = null, string? body = null,
        string user = DemoUsers.Clerk) =>
        product.ActAsync(paper, new ActionInput("record", user, Outcome: outcome, NextDate: nextDate, Body: body));

    [Fact]
    public async Task NotedAndRecommended_MoveToTheNextConsultation_ApprovedAtTheLastDecides()
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;

        var noted = await Record(product, paper, Outcome.Noted);
        Assert.Equal("consultation", noted.Paper.State);
        var recommended = await product.ActAsync(paper, new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Recommended, Vote: "9/2/1"));
        Assert.Equal("consultation", recommended.Paper.State);
        Assert.Equal("9/2/1", Details.Of(recommended.Entries[0]).Text("vote"));
        var approved = await Record(product, paper, Outcome.Approved);
        Assert.Equal("decided", approved.Paper.State);
        Assert.True(approved.Paper.IsFinished);

        var stored = await product.FindAsync(paper);
        Assert.Equal([Outcome.Noted, Outcome.Recommended, Outcome.Approved], stored.Consultations.Select(c => c.Outcome));
        Assert.Equal("9/2/1", stored.Consultations[1].Vote);
        Assert.Equal(["dbob", "sag", "sr"], (await product.HistoryAsync(paper)).Where(e => e.Action == "record")
            .Select(e => Details.Of(e).Text("consultation")));
    }

    [Theory]
    [InlineData(Outcome.Approved, "decided")]
    [InlineData(Outcome.ApprovedWithChanges, "decided")]
    [InlineData(Outcome.Rejected, "rejected")]
    public async Task DecisionOutcome_EndsTheSequence_AndRendersTheFinalDocument(string outcome, string state)
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;
        await Record(product, paper, Outcome.Recommended);

        var result = await Record(product, paper, outcome);

        Assert.Equal(state, result.Paper.State);
        Assert.True(result.Paper.IsFinished);
        var stored = await product.FindAsync(paper);
        Assert.Equal([Outcome.Recommended, outcome, null], stored.Consultations.Select(c => c.Outcome));
        var documents = await product.Get<IPaperReads>().DocumentsAsync(paper.Id, CancellationToken.None);
        Assert.Equal([(1, false), (2, true)], documents.Select(d => (d.Version, d.IsFinal)));
        var entry = Assert.Single(result.Entries);
        Assert.Equal(("consultation", state), (entry.FromState, entry.ToState));
        Assert.Equal(outcome, Details.Of(entry).Text("outcome"));
        Assert.True(Details.Of(entry)["document"]!["final"]!.GetValue<bool>());

        // Nothing can be recorded after the decision.
        var after = await Assert.ThrowsAsync<DrucksachenException>(() => Record(product, paper, Outcome.Noted));
        Assert.Equal(ErrorKind.NotAllowed, after.Kind);
    }

    [Fact]
    public async Task Deferred_InsertsTheSameBodyAtTheNextDate_RightAfter_AndMakesItCurrent()
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;
        await Record(product, paper, Outcome.Noted);

        var deferred = await Record(product, paper, Outcome.Deferred, nextDate: "10.11.2022");

        Assert.Equal("consultation", deferred.Paper.State);
        var c = (await product.FindAsync(paper)).Consultations;
        Assert.Equal(["dbob", "sag", "sag", "sr"], c.Select(x => x.Body));
        Assert.Equal([0, 1, 2, 3], c.Select(x => x.Position));
        Assert.Equal(Outcome.Deferred, c[1].Outcome);
        Assert.Equal((new DateOnly(2022, 11, 10), ConsultationOrigin.Deferral, ConsultationRole.Preliminary, true),
            (c[2].Date, c[2].Origin, c[2].Role, c[2].IsPublic));
        Assert.Null(c[2].Outcome);
        Assert.Equal(ConsultationOrigin.Planned, c[3].Origin);
        var next = Details.Of(deferred.Entries[0])["next"]!.AsObject();
        Assert.Equal(("sag", "2022-11-10"), (next.Text("consultation"), next.Text("meeting")));

        // The inserted consultation is the current one: the next outcome lands on it.
        var recommended = await Record(product, paper, Outcome.Recommended);
        Assert.Equal("2022-11-10", Details.Of(recommended.Entries[0]).Text("meeting"));
        Assert.Equal([Outcome.Noted, Outcome.Deferred, Outcome.Recommended, null], (await product.FindAsync(paper)).Consultations.Select(x => x.Outcome));
    }

    [Fact]
    public async Task Referred_InsertsAConsultationOfTheOtherBodyNext()
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;
        await Record(product, paper, Outcome.Noted);

        var referred = await Record(product, paper, Outcome.Referred, nextDate: "2022-11-08", body: "Haupt- und Finanzausschuss");

        var c = (await product.FindAsync(paper)).Consultations;
        Assert.Equal(["dbob", "sag", "hfa", "sr"], c.Select(x => x.Body));
        Assert.Equal(Outcome.Referred, c[1].Outcome);
        Assert.Equal((new DateOnly(2022, 11, 8), ConsultationOrigin.Referral, ConsultationRole.Preliminary), (c[2].Date, c[2].Origin, c[2].Role));
        Assert.Equal("hfa", Details.Of(referred.Entries[0])["next"]!.AsObject().Text("consultation"));

        await Record(product, paper, Outcome.Recommended);
        var decided = await Record(product, paper, Outcome.Approved);
        Assert.Equal("decided", decided.Paper.State);
        Assert.Equal([Outcome.Noted, Outcome.Referred, Outcome.Recommended, Outcome.Approved], (await product.FindAsync(paper)).Consultations.Select(x => x.Outcome));
    }

    [Fact]
    public async Task WithdrawnOutcome_EndsAsWithdrawn_AndTheNumberStaysTaken()
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;
        Assert.Equal("0001/22", paper.Number);

        var withdrawn = await Record(product, paper, Outcome.Withdrawn);

        Assert.Equal("withdrawn", withdrawn.Paper.State);
        Assert.True(withdrawn.Paper.IsFinished);
        var stored = await product.FindAsync("0001/22");
        Assert.Equal(paper.Id, stored.Id);
        Assert.Equal(Outcome.Withdrawn, stored.Consultations[0].Outcome);
        var next = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Decision().Build()));
        Assert.Equal("0002/22", next.Number);
    }

    [Fact]
    public async Task WithdrawByTheAuthorOfTheLeadOffice_EndsAsWithdrawn_AndTheNumberStaysTaken()
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;
        await Record(product, paper, Outcome.Noted);

        var withdrawn = await product.ActAsync(paper, new ActionInput("withdraw", DemoUsers.Mueller, Comment: "Vorlage wird überarbeitet"));

        Assert.Equal("withdrawn", withdrawn.Paper.State);
        var entry = Assert.Single(withdrawn.Entries);
        Assert.Equal((DemoUsers.Mueller, "author", "withdraw", "consultation", "withdrawn"), (entry.Actor, entry.Role, entry.Action, entry.FromState, entry.ToState));
        Assert.Equal("0001/22", (await product.FindAsync(paper)).Number);
        var next = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Decision().Build()));
        Assert.Equal("0002/22", next.Number);
        Assert.Equal(2, (await product.ListAsync()).Select(p => p.Number).Distinct().Count());
    }

    [Fact]
    public async Task Deferred_WithoutNextDate_IsBadInput_AndChangesNothing()
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;

        var e = await Assert.ThrowsAsync<InputException>(() => Record(product, paper, Outcome.Deferred));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.Equal("nextDate", e.Field);
        await AssertUnchanged(product, paper);
    }

    [Fact]
    public async Task Referred_ToUnknownBody_IsBadInput_AndChangesNothing()
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;

        var e = await Assert.ThrowsAsync<InputException>(() => Record(product, paper, Outcome.Referred, nextDate: "10.11.2022", body: "Kulturausschuss"));

        Assert.Equal(ErrorKind.BadInput, e.Kind);
        Assert.Equal("body", e.Field);
        Assert.Contains("Kulturausschuss", e.Message);
        await AssertUnchanged(product, paper);
    }

    [Fact]
    public async Task Record_OfAnOutcomeTheInformationPaperDoesNotTake_IsBadInputNamingTheAllowedOutcomes()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));
        product.AfterMeetings(paper);

        var e = await Assert.ThrowsAsync<InputException>(() => Record(product, paper, Outcome.Approved));

        Assert.Equal((ErrorKind.BadInput, "outcome"), (e.Kind, e.Field));
        Assert.Equal("outcome-not-offered", e.Text?.Key);
        Assert.Equal(["beschlossen", "Beratungsergebnis erfassen"], e.Text!.Values);
        Assert.Contains("'approved'", e.Message);
        Assert.Contains("noted, deferred, referred, withdrawn", e.Message);
        await AssertUnchanged(product, paper);
    }

    [Fact]
    public async Task Record_ByAnAuthor_IsNotAllowed()
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;

        var e = await Assert.ThrowsAsync<DrucksachenException>(() => Record(product, paper, Outcome.Noted, user: DemoUsers.Mueller));

        Assert.Equal(ErrorKind.NotAllowed, e.Kind);
        await AssertUnchanged(product, paper);
    }

    [Theory]
    [InlineData(DemoUsers.Schmidt)] // an author, but of the co-signing office
    [InlineData(DemoUsers.Clerk)]
    [InlineData(DemoUsers.Approver)]
    public async Task Withdraw_BySomeoneNotAuthorOfTheLeadOffice_IsNotAllowed(string user)
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;

        var e = await Assert.ThrowsAsync<DrucksachenException>(() => product.ActAsync(paper, new ActionInput("withdraw", user)));

        Assert.Equal(ErrorKind.NotAllowed, e.Kind);
        await AssertUnchanged(product, paper);
    }

    private static async Task AssertUnchanged(TestProduct product, Paper released)
    {
        var stored = await product.FindAsync(released);
        Assert.Equal(released.Version, stored.Version);
        Assert.Equal("consultation", stored.State);
        Assert.All(stored.Consultations, c => Assert.Null(c.Outcome));
        Assert.Equal(released.Consultations.Count, stored.Consultations.Count);
        Assert.Equal(released.HistoryCount, (await product.HistoryAsync(released)).Count);
    }
}
