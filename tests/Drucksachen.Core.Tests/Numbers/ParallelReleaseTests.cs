using Drucksachen.Core.Actions;
using Drucksachen.Core.Storage;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Numbers;

public class ParallelReleaseTests
{
    private const int Count = 50;

    [Fact]
    public async Task FiftyParallelReleases_GetFiftyDistinctConsecutiveNumbers()
    {
        await using var product = await TestProduct.StartAsync();
        // No co-signing office: submit takes each paper straight to release.
        var imported = Enumerable.Range(1, Count)
            .Select(i => product.Read(PaperMarkdown.Information().With(p => { p.Title = $"Vorlage {i}"; p.Cosigners = []; }).Build(), $"p{i}.md"))
            .ToList();
        var papers = await product.ImportAsync(imported);
        foreach (var paper in papers)
            Assert.Equal("release", (await product.ActAsync(paper, new ActionInput("submit", DemoUsers.Mueller))).Paper.State);

        product.Clock.Set(Berlin.At(2022, 10, 20, 8));
        var results = await Task.WhenAll(papers.Select(paper =>
            Task.Run(() => product.ActAsync(paper.Id.ToString(), new ActionInput("release", DemoUsers.Approver)))));

        var expected = Enumerable.Range(1, Count).Select(n => $"{n:0000}/22").ToList();
        Assert.Equal(expected, results.Select(r => r.Paper.Number!).Order(StringComparer.Ordinal));
        var stored = await product.ListAsync();
        Assert.Equal(expected, stored.Select(p => p.Number!).Order(StringComparer.Ordinal));
        Assert.All(stored, p => Assert.Equal("consultation", p.State));

        var store = product.Get<IPaperReads>();
        foreach (var paper in stored)
        {
            var documents = await store.DocumentsAsync(paper.Id, CancellationToken.None);
            Assert.Equal($"Drucksache-{paper.Number!.Replace('/', '-')}-v1.pdf", Assert.Single(documents).FileName);
        }

        var verification = await product.VerifyAsync();
        Assert.True(verification.IsIntact, verification.FirstBroken?.Reason);
        Assert.Equal((Count, Count * 3), (verification.Papers, verification.Entries));
    }
}
