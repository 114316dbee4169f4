using Drucksachen.Core.Actions;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Actions;

/// <summary>Of two actions on one paper at the same moment exactly one wins; the other is told to reload.</summary>
public class ConcurrentActionTests
{
    private const string SecondClerk = "lehmann";

    [Fact]
    public async Task TwoClerksRecordingTheSameConsultationAtOnce_OneSucceedsTheOtherGetsConflict()
    {
        RaceClock race = null!;
        await using var product = await TestProduct.StartAsync(
            configure: o => o.City.Users.Add(new UserOptions { Id = SecondClerk, Name = "Uwe Lehmann", Roles = ["clerk"] }),
            wrapClock: c => race = new RaceClock(c));

        for (var round = 0; round < 3; round++)
        {
            var paper = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));
            product.AfterMeetings(paper);
            var entriesBefore = (await product.HistoryAsync(paper)).Count;

            race.Arm(2);
            var attempts = new[] { (DemoUsers.Clerk, Outcome.Noted), (SecondClerk, Outcome.Deferred) }
                .Select(a => Task.Run(() => product.ActAsync(paper.Id.ToString(),
                    new ActionInput("record", a.Item1, Outcome: a.Item2, NextDate: a.Item2 == Outcome.Deferred ? "27.10.2022" : null))))
                .ToArray();
            var settled = await Task.WhenAll(attempts.Select(Settle));

            var winner = Assert.Single(settled, s => s.Result is not null);
            var loser = Assert.Single(settled, s => s.Error is not null);
            Assert.Equal(ErrorKind.Conflict, Assert.IsType<DrucksachenException>(loser.Error).Kind);

            var stored = await product.FindAsync(paper);
            var recorded = Assert.Single(stored.Consultations, c => c.IsRecorded);
            Assert.Equal("dbob", recorded.Body);
            Assert.Equal(winner.Result!.Entries[0].Actor == DemoUsers.Clerk ? Outcome.Noted : Outcome.Deferred, recorded.Outcome);
            Assert.Equal(winner.Result.Paper.Consultations.Count, stored.Consultations.Count);

            var history = await product.HistoryAsync(paper);
            Assert.Equal(entriesBefore + 1, history.Count);
            var record = Assert.Single(history, e => e.Action == "record");
            Assert.Equal("dbob", Details.Of(record).Text("consultation"));
        }

        var verification = await product.VerifyAsync();
        Assert.True(verification.IsIntact, verification.FirstBroken?.Reason);
    }

    [Fact]
    public async Task TwoReleasesOfOnePaperAtOnce_GiveOneNumber_AndTheLosersNumberIsNotLost()
    {
        RaceClock race = null!;
        await using var product = await TestProduct.StartAsync(wrapClock: c => race = new RaceClock(c));
        var paper = await product.ToReleaseAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));

        race.Arm(2);
        var settled = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            Settle(Task.Run(() => product.ActAsync(paper.Id.ToString(), new ActionInput("release", DemoUsers.Approver))))));

        Assert.Equal("0001/22", Assert.Single(settled, s => s.Result is not null).Result!.Paper.Number);
        Assert.Equal(ErrorKind.Conflict, Assert.IsType<DrucksachenException>(Assert.Single(settled, s => s.Error is not null).Error).Kind);
        Assert.Single(await product.Get<IPaperReads>().DocumentsAsync(paper.Id, CancellationToken.None));
        Assert.Single(await product.HistoryAsync(paper), e => e.Action == "release");

        // The loser's transaction took a number and was rolled back: the counter did not move for it.
        var next = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));
        Assert.Equal("0002/22", next.Number);
    }

    [Fact]
    public async Task ManyActionsAtOnce_TwoOnEachPaper_SaveExactlyTheAcknowledgedOneOnEachPaper()
    {
        const int papers = 12;
        await using var product = await TestProduct.StartAsync();
        var imported = await product.ImportAsync(Enumerable.Range(1, papers)
            .Select(i => product.Read(PaperMarkdown.Information().With(p => p.Title = $"Vorlage {i}").Build(), $"p{i}.md"))
            .ToList());

        // Concurrent writers commit together where the provider can; a loser must not take a winner with it.
        var attempts = imported.SelectMany(paper => Enumerable.Range(0, 2).Select(_ => (Paper: paper,
            Task: Settle(Task.Run(() => product.ActAsync(paper.Id.ToString(), new ActionInput("submit", DemoUsers.Mueller)))))))
            .ToList();
        await Task.WhenAll(attempts.Select(a => a.Task));

        foreach (var group in attempts.GroupBy(a => a.Paper.Id))
        {
            var settled = group.Select(a => a.Task.Result).ToList();
            var winner = Assert.Single(settled, s => s.Result is not null).Result!;
            var loser = Assert.IsType<DrucksachenException>(Assert.Single(settled, s => s.Error is not null).Error);
            // Read before the winner committed: a conflict; after: submit is no longer the paper's to take.
            Assert.Contains(loser.Kind, new[] { ErrorKind.Conflict, ErrorKind.NotAllowed });
            var stored = await product.FindAsync(winner.Paper.Id.ToString());
            Assert.Equal(winner.Paper.State, stored.State);
            Assert.Equal(winner.Paper.Version, stored.Version);
            Assert.Single(await product.HistoryAsync(stored), e => e.Action == "submit");
        }
        var verification = await product.VerifyAsync();
        Assert.True(verification.IsIntact, verification.FirstBroken?.Reason);
    }

    [Fact]
    public async Task Act_IsRefusedWithConflict_WhenExpectedVersionIsStale()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));
        product.AfterMeetings(paper);
        var seen = paper.Version;

        var first = await product.ActAsync(paper, new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Noted, ExpectedVersion: seen));
        Assert.Equal(seen + 1, first.Paper.Version);

        var e = await Assert.ThrowsAsync<DrucksachenException>(() =>
            product.ActAsync(paper, new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Noted, ExpectedVersion: seen)));
        Assert.Equal(ErrorKind.Conflict, e.Kind);
        Assert.Contains($"version {seen}", e.Message);

        var stored = await product.FindAsync(paper);
        Assert.Equal(seen + 1, stored.Version);
        Assert.Equal([Outcome.Noted, null], stored.Consultations.Select(c => c.Outcome));
        Assert.Equal("consultation", stored.State);
    }

    private static async Task<(ActionResult? Result, Exception? Error)> Settle(Task<ActionResult> task)
    {
        try
        {
            return (await task, null);
        }
        catch (Exception e)
        {
            return (null, e);
        }
    }
}
