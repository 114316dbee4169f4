using Drucksachen.Core.Actions;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Plausibility;
using Drucksachen.Core.Storage;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Actions;

/// <summary>
/// "Ergebnis berichtigen": a wrongly recorded outcome replaced by a new history entry that names it,
/// with the advisory sequence and workflow back where the right outcome leads.
/// </summary>
public class CorrectOutcomeTests
{
    private static async Task<(TestProduct Product, Paper Paper)> DecisionPaperInConsultationAsync()
    {
        var product = await TestProduct.StartAsync();
        var paper = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Decision().Build()));
        product.AfterMeetings(paper);
        return (product, paper);
    }

    private static Task<ActionResult> Record(TestProduct product, Paper paper, string outcome, string? nextDate = null, string? vote = null) =>
        product.ActAsync(paper, new ActionInput("record", DemoUsers.Clerk, Outcome: outcome, NextDate: nextDate, Vote: vote, Comment: "wie erfasst"));

    private static Task<ActionResult> Correct(TestProduct product, Paper paper, string outcome, string? comment = "Versehen bei der Erfassung",
        string? nextDate = null, string? vote = null) =>
        product.ActAsync(paper, new ActionInput("correct", DemoUsers.Clerk, Outcome: outcome, NextDate: nextDate, Vote: vote, Comment: comment));

    [Fact]
    public async Task CorrectingAnApproval_AtTheCommittee_BringsThePaperBackIntoConsultation_WithANewEntryNamingTheOldOne()
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;
        await Record(product, paper, Outcome.Noted);
        var wrong = await Record(product, paper, Outcome.Approved, vote: "9/2/1");
        Assert.Equal("decided", wrong.Paper.State);
        var wrongEntry = wrong.Entries.Single();

        var corrected = await Correct(product, paper, Outcome.Recommended, vote: "9/2/1");

        Assert.Equal(("consultation", false), (corrected.Paper.State, corrected.Paper.IsFinished));
        var entry = Assert.Single(corrected.Entries);
        Assert.Equal(("correct", "decided", "consultation"), (entry.Action, entry.FromState, entry.ToState));
        var details = Details.Of(entry);
        Assert.Equal((Outcome.Recommended, "sag", "Versehen bei der Erfassung"), (details.Text("outcome"), details.Text("consultation"), details.Text("comment")));
        var corrects = details["corrects"]!.AsObject();
        Assert.Equal((wrongEntry.Sequence, wrongEntry.Hash, Outcome.Approved),
            (corrects["entry"]!.GetValue<int>(), corrects.Text("hash"), corrects.Text("outcome")));

        var stored = await product.FindAsync(paper);
        Assert.Equal([Outcome.Noted, Outcome.Recommended, null], stored.Consultations.Select(c => c.Outcome));
        Assert.Equal("wie erfasst", stored.Consultations[1].Note);

        // History is appended to, never rewritten: the wrong entry is still there, unchanged, and the chain holds.
        var history = await product.HistoryAsync(paper);
        Assert.Equal(wrongEntry.Hash, history.Single(e => e.Sequence == wrongEntry.Sequence).Hash);
        Assert.True((await product.VerifyAsync()).IsIntact);

        // The sequence goes on from there: the Stadtrat decides.
        var decided = await Record(product, paper, Outcome.Approved);
        Assert.Equal("decided", decided.Paper.State);
        Assert.Equal([Outcome.Noted, Outcome.Recommended, Outcome.Approved], (await product.FindAsync(paper)).Consultations.Select(c => c.Outcome));
    }

    [Fact]
    public async Task CorrectingTheDecision_FromApprovedToRejected_RendersTheFinalDocumentAnew()
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;
        await Record(product, paper, Outcome.Noted);
        await Record(product, paper, Outcome.Recommended);
        await Record(product, paper, Outcome.Approved);

        var corrected = await Correct(product, paper, Outcome.Rejected);

        Assert.Equal(("rejected", true), (corrected.Paper.State, corrected.Paper.IsFinished));
        var documents = await product.Get<IPaperReads>().DocumentsAsync(paper.Id, CancellationToken.None);
        Assert.Equal([(1, false), (2, true), (3, true)], documents.Select(d => (d.Version, d.IsFinal)));
        Assert.NotEqual(documents[1].Sha512, documents[2].Sha512);
        Assert.Equal(3, Details.Of(corrected.Entries.Single())["document"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task CorrectingADeferral_RemovesTheConsultationItInserted()
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;
        await Record(product, paper, Outcome.Noted);
        await Record(product, paper, Outcome.Deferred, nextDate: "10.11.2022");
        Assert.Equal(["dbob", "sag", "sag", "sr"], (await product.FindAsync(paper)).Consultations.Select(c => c.Body));

        await Correct(product, paper, Outcome.Recommended);

        var c = (await product.FindAsync(paper)).Consultations;
        Assert.Equal(["dbob", "sag", "sr"], c.Select(x => x.Body));
        Assert.Equal([0, 1, 2], c.Select(x => x.Position));
        Assert.Equal([Outcome.Noted, Outcome.Recommended, null], c.Select(x => x.Outcome));
    }

    [Fact]
    public async Task CorrectingIntoADeferral_InsertsTheNextConsultation()
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;
        await Record(product, paper, Outcome.Noted);

        var corrected = await Correct(product, paper, Outcome.Deferred, nextDate: "2022-10-27");

        Assert.Equal("consultation", corrected.Paper.State);
        var c = (await product.FindAsync(paper)).Consultations;
        Assert.Equal(["dbob", "dbob", "sag", "sr"], c.Select(x => x.Body));
        Assert.Equal((Outcome.Deferred, (string?)null, new DateOnly(2022, 10, 27)), (c[0].Outcome, c[1].Outcome, c[1].Date));
    }

    [Fact]
    public async Task OnlyTheLatestOutcome_CanBeCorrected_TheEarlierOneNoMore()
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;
        await Record(product, paper, Outcome.Noted);
        await Record(product, paper, Outcome.Recommended);

        // The correction lands on the committee's outcome, never on the Dienstberatung's before it.
        await Correct(product, paper, Outcome.Recommended, vote: "einstimmig");

        var c = (await product.FindAsync(paper)).Consultations;
        Assert.Equal([(Outcome.Noted, null), (Outcome.Recommended, "einstimmig")], c.Take(2).Select(x => (x.Outcome, x.Vote)));
        Assert.Equal("consultation", (await product.FindAsync(paper)).State);
    }

    [Fact]
    public async Task ASecondCorrection_NamesTheFirstCorrection()
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;
        await Record(product, paper, Outcome.Noted);
        var first = await Correct(product, paper, Outcome.Deferred, nextDate: "27.10.2022");

        var second = await Correct(product, paper, Outcome.Noted, vote: "einstimmig");

        Assert.Equal(first.Entries.Single().Sequence, Details.Of(second.Entries.Single())["corrects"]!["entry"]!.GetValue<int>());
        Assert.Equal(["dbob", "sag", "sr"], (await product.FindAsync(paper)).Consultations.Select(c => c.Body));
    }

    [Fact]
    public async Task Correction_WithoutAReason_IsRefused_AndChangesNothing()
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;
        var recorded = await Record(product, paper, Outcome.Noted);

        var e = await Assert.ThrowsAsync<PlausibilityException>(() => Correct(product, paper, Outcome.Deferred, comment: null, nextDate: "27.10.2022"));

        Assert.Equal("comment", e.Field);
        Assert.Equal(recorded.Paper.Version, (await product.FindAsync(paper)).Version);
    }

    [Fact]
    public async Task Correction_ThatChangesNothing_IsRefused()
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;
        await Record(product, paper, Outcome.Noted, vote: "einstimmig");

        var e = await Assert.ThrowsAsync<PlausibilityException>(() => Correct(product, paper, Outcome.Noted, vote: "einstimmig"));

        Assert.Equal("outcome", e.Field);
        Assert.Equal("Die Berichtigung ändert nichts: Ergebnis, Datum, Abstimmung und nächster Termin sind wie erfasst.", e.German);
    }

    [Fact]
    public async Task Correction_IsNotAllowed_BeforeAnyOutcome_NorAfterAWithdrawal()
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;

        var before = await Assert.ThrowsAsync<DrucksachenException>(() => Correct(product, paper, Outcome.Noted));
        Assert.Equal(ErrorKind.NotAllowed, before.Kind);

        await Record(product, paper, Outcome.Noted);
        await product.ActAsync(paper, new ActionInput("withdraw", DemoUsers.Mueller, Comment: "überholt"));
        var after = await Assert.ThrowsAsync<DrucksachenException>(() => Correct(product, paper, Outcome.Recommended));
        Assert.Equal(ErrorKind.NotAllowed, after.Kind);
    }

    [Fact]
    public async Task Correction_IsNotAllowed_ForAnAuthor()
    {
        var (product, paper) = await DecisionPaperInConsultationAsync();
        await using var _ = product;
        await Record(product, paper, Outcome.Noted);

        var e = await Assert.ThrowsAsync<DrucksachenException>(() =>
            product.ActAsync(paper, new ActionInput("correct", DemoUsers.Mueller, Outcome: Outcome.Deferred, NextDate: "27.10.2022", Comment: "x")));

        Assert.Equal(ErrorKind.NotAllowed, e.Kind);
    }
}
