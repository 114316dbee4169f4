using System.Security.Cryptography;
using Drucksachen.Core.Actions;
using Drucksachen.Core.History;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Testing;
using Drucksachen.Core.Workflow;

namespace Drucksachen.Core.Tests.Actions;

/// <summary>Drucksache 1803/22 of the city of Erfurt, from the imported draft to "erledigt".</summary>
public class Sample1803LifecycleTests
{
    [Fact]
    public async Task Sample1803_TakenFromDraftToDone_RecordsEveryStepAndTwoDocumentVersions()
    {
        await using var product = await TestProduct.StartAsync(Berlin.At(2022, 10, 12, 9));
        var imported = product.Read(await File.ReadAllTextAsync(Repository.SamplePaper), Repository.SamplePaper);
        var paper = (await product.ImportAsync([imported], new ActorInfo(DemoUsers.Mueller, "author"))).Single();
        Assert.Equal("1803/22", paper.Number);
        Assert.Equal("draft", paper.State);
        Assert.Equal(["Jugendamt"], paper.Cosigners);
        Assert.Equal(["dbob", "sag"], paper.Consultations.Select(c => c.Body));

        var steps = new (DateTimeOffset At, ActionInput Input, string State)[]
        {
            (Berlin.At(2022, 10, 12, 10), new("submit", DemoUsers.Mueller), "cosigning"),
            (Berlin.At(2022, 10, 14, 11), new("cosign", DemoUsers.Schmidt, Comment: "Mitgezeichnet für das Jugendamt"), "release"),
            (Berlin.At(2022, 10, 20, 8), new("release", DemoUsers.Approver), "consultation"),
            (Berlin.At(2022, 10, 20, 14), new("record", DemoUsers.Clerk, Outcome: Outcome.Noted), "consultation"),
            (Berlin.At(2022, 11, 3, 18), new("record", DemoUsers.Clerk, Outcome: Outcome.Noted, Vote: "einstimmig"), "done"),
        };
        foreach (var (at, input, state) in steps)
        {
            var result = await product.ActAsync(paper, at, input);
            Assert.Equal(state, result.Paper.State);
            Assert.Equal(state, (await product.FindAsync("1803/22")).State);
            Assert.Equal("1803/22", result.Paper.Number);
            Assert.Single(result.Entries);
        }

        var done = await product.FindAsync("1803/22");
        Assert.True(done.IsFinished);
        Assert.Equal(DeadlineStatus.InTime, done.Deadline);
        Assert.Equal(("Drucksache", 2022, 1803), (done.NumberSeries, done.NumberYear, done.NumberSequence));
        Assert.All(done.Consultations, c => Assert.Equal(Outcome.Noted, c.Outcome));
        Assert.Equal([new DateOnly(2022, 10, 20), new DateOnly(2022, 11, 3)], done.Consultations.Select(c => c.OutcomeDate!.Value));
        Assert.Equal("einstimmig", done.Consultations[1].Vote);

        var history = await product.HistoryAsync(done);
        Assert.Equal(6, history.Count);
        Assert.Equal(6, done.HistoryCount);
        Assert.Equal(history[^1].Hash, done.HistoryHead);
        Assert.Equal([1, 2, 3, 4, 5, 6], history.Select(e => e.Sequence));

        // The sample is the historical 1803/22 brought in with its number: a migration.
        AssertEntry(history[0], DemoUsers.Mueller, "author", "migrate", null, "draft", Berlin.At(2022, 10, 12, 9));
        var import = Details.Of(history[0]);
        Assert.Equal("drucksache-1803-22.md", import.Text("source"));
        Assert.Equal("1803/22", import.Text("number"));
        Assert.Equal("Informationsvorlage v1", import.Text("workflow"));

        AssertEntry(history[1], DemoUsers.Mueller, "author", "submit", "draft", "cosigning", Berlin.At(2022, 10, 12, 10));
        Assert.Empty(Details.Of(history[1]));

        AssertEntry(history[2], DemoUsers.Schmidt, "cosigner", "cosign", "cosigning", "release", Berlin.At(2022, 10, 14, 11));
        Assert.Equal("Jugendamt", Details.Of(history[2]).Text("office"));
        Assert.Equal("Mitgezeichnet für das Jugendamt", Details.Of(history[2]).Text("comment"));

        AssertEntry(history[3], DemoUsers.Approver, "approver", "release", "release", "consultation", Berlin.At(2022, 10, 20, 8));
        var release = Details.Of(history[3]);
        Assert.Equal("1803/22", release.Text("number"));
        var v1 = release["document"]!.AsObject();
        Assert.Equal("Drucksache-1803-22-v1.pdf", v1.Text("file"));
        Assert.Equal(1, v1["version"]!.GetValue<int>());
        Assert.Matches("^[0-9a-f]{128}$", v1.Text("sha512"));
        Assert.Equal("Informationsvorlage v1", v1.Text("template"));
        Assert.Null(v1["final"]);

        AssertEntry(history[4], DemoUsers.Clerk, "clerk", "record", "consultation", "consultation", Berlin.At(2022, 10, 20, 14));
        var dbob = Details.Of(history[4]);
        Assert.Equal("dbob", dbob.Text("consultation"));
        Assert.Equal("2022-10-20", dbob.Text("meeting"));
        Assert.Equal("noted", dbob.Text("outcome"));
        Assert.Null(dbob["document"]);

        AssertEntry(history[5], DemoUsers.Clerk, "clerk", "record", "consultation", "done", Berlin.At(2022, 11, 3, 18));
        var sag = Details.Of(history[5]);
        Assert.Equal("sag", sag.Text("consultation"));
        Assert.Equal("2022-11-03", sag.Text("meeting"));
        Assert.Equal("noted", sag.Text("outcome"));
        Assert.Equal("einstimmig", sag.Text("vote"));
        var v2 = sag["document"]!.AsObject();
        Assert.Equal("Drucksache-1803-22-v2.pdf", v2.Text("file"));
        Assert.Equal(2, v2["version"]!.GetValue<int>());
        Assert.True(v2["final"]!.GetValue<bool>());

        // The chain links each entry to the one before.
        Assert.Equal(HistoryHasher.Genesis, history[0].PreviousHash);
        for (var i = 1; i < history.Count; i++) Assert.Equal(history[i - 1].Hash, history[i].PreviousHash);

        var store = product.Get<IPaperReads>();
        var documents = await store.DocumentsAsync(done.Id, CancellationToken.None);
        Assert.Equal([1, 2], documents.Select(d => d.Version));
        Assert.Equal([false, true], documents.Select(d => d.IsFinal));
        Assert.Equal(["Drucksache-1803-22-v1.pdf", "Drucksache-1803-22-v2.pdf"], documents.Select(d => d.FileName));
        Assert.Equal([v1.Text("sha512"), v2.Text("sha512")], documents.Select(d => d.Sha512));
        Assert.Equal([Berlin.At(2022, 10, 20, 8), Berlin.At(2022, 11, 3, 18)], documents.Select(d => d.CreatedAt));
        foreach (var described in documents)
        {
            var stored = await store.DocumentAsync(done.Id, described.Version, CancellationToken.None);
            Assert.NotNull(stored);
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(stored.Content, 0, 4));
            Assert.Equal(described.Sha512, Convert.ToHexStringLower(SHA512.HashData(stored.Content)));
            Assert.Equal(stored.Content.LongLength, described.Size);
        }
        Assert.NotEqual(documents[0].Sha512, documents[1].Sha512);

        var verification = await product.VerifyAsync();
        Assert.True(verification.IsIntact, verification.FirstBroken?.Reason);
        Assert.Equal((1, 6), (verification.Papers, verification.Entries));
    }

    private static void AssertEntry(HistoryEntry entry, string actor, string role, string action, string? from, string to, DateTimeOffset at)
    {
        Assert.Equal(actor, entry.Actor);
        Assert.Equal(role, entry.Role);
        Assert.Equal(action, entry.Action);
        Assert.Equal(from, entry.FromState);
        Assert.Equal(to, entry.ToState);
        Assert.Equal(at, entry.At);
        Assert.Equal(TimeSpan.Zero, entry.At.Offset);
    }
}
