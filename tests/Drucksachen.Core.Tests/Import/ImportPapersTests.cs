using Drucksachen.Core.Errors;
using Drucksachen.Core.Import;
using Drucksachen.Testing;
using Drucksachen.Core.Users;

namespace Drucksachen.Core.Tests.Import;

public class ImportPapersTests
{
    [Fact]
    public async Task Import_StoresADraftOnTheLatestWorkflow_WithItsFirstHistoryEntry()
    {
        await using var product = await TestProduct.StartAsync();

        var paper = await product.ImportAsync(PaperMarkdown.Decision().Build(), "in/beschluss.md");

        Assert.Equal(("draft", false, null), (paper.State, paper.IsFinished, paper.Number));
        Assert.Equal(("Beschlussvorlage", 1), (paper.Workflow.DefinitionName, paper.Workflow.DefinitionVersion));
        var stored = await product.FindAsync(paper);
        Assert.Equal(["dbob", "sag", "sr"], stored.Consultations.Select(c => c.Body));
        Assert.Equal(4, stored.Sections.Count);
        var entry = Assert.Single(await product.HistoryAsync(paper));
        Assert.Equal(("import", "import", "import", null, "draft"), (entry.Actor, entry.Role, entry.Action, entry.FromState, entry.ToState));
        Assert.Equal("beschluss.md", Details.Of(entry).Text("source"));
        // Found by the first eight digits of its id while it has no number.
        Assert.Equal(paper.Id, (await product.FindAsync(paper.Reference)).Id);
    }

    [Fact]
    public async Task Import_StoresEveryFieldAsRead_AndTheHistoryGoesOnFromIt()
    {
        await using var product = await TestProduct.StartAsync();
        var read = new[]
        {
            product.Read(PaperMarkdown.Decision().With(p => p.Number = "0300/22").Build(), "alt.md"),
            product.Read(PaperMarkdown.Information().With(p => p.Public = false).Build(), "intern.md"),
            product.Read(PaperMarkdown.Decision().Build(), "neu.md"),
        };

        var imported = await product.ImportAsync(read);

        foreach (var (paper, source) in imported.Zip(read))
        {
            var stored = await product.FindAsync(paper);
            var content = source.Content;
            Assert.Equal((content.Type, content.Title, content.LeadOffice, content.Author, content.Date, content.IsPublic, content.Signature),
                (stored.Type, stored.Title, stored.LeadOffice, stored.Author, stored.Date, stored.IsPublic, stored.Signature));
            Assert.Equal(content.Sections, stored.Sections);
            Assert.Equal(content.Cosigners, stored.Cosigners);
            Assert.Equal(content.Attachments, stored.Attachments);
            Assert.Equal(content.Consultations.Select(c => (c.Body, c.Date, c.IsPublic, c.Role)),
                stored.Consultations.Select(c => (c.Body, c.Date, c.IsPublic, c.Role)));
            Assert.Equal((source.Number, paper.CreatedAt, paper.Workflow.InstanceJson), (stored.Number, stored.CreatedAt, stored.Workflow.InstanceJson));
        }
        // Entries written after the import's take their ids after the import's, and the chain holds.
        await product.ToConsultationAsync(imported[2]);
        var entries = await product.HistoryAsync(imported[2]);
        Assert.True(entries.Count > 1);
        Assert.Equal(entries.OrderBy(e => e.Id).Select(e => e.Sequence), entries.Select(e => e.Sequence).Order());
        var verification = await product.VerifyAsync();
        Assert.True(verification.IsIntact, verification.FirstBroken?.Reason);
        Assert.Equal(3, verification.Papers);
    }

    [Fact]
    public async Task Import_AsksTheStoreForTheNewestWorkflowOncePerType_NotOncePerPaper()
    {
        await using var product = await TestProduct.StartAsync(services: CountingDefinitionStore.Register);
        var store = CountingDefinitionStore.Of(product.Services);
        var papers = Enumerable.Range(0, 6)
            .Select(i => product.Read((i % 3 == 0 ? PaperMarkdown.Decision() : PaperMarkdown.Information()).Build(), $"p{i}.md"))
            .ToList();
        var before = store.Calls;

        var stored = await product.ImportAsync(papers);

        Assert.Equal(before + 2, store.Calls);
        Assert.All(stored, p => Assert.Equal(1, p.Workflow.DefinitionVersion));
    }

    [Fact]
    public async Task Import_OfSeveralFilesWithOneBad_StoresNothing()
    {
        await using var product = await TestProduct.StartAsync();
        var files = new[]
        {
            ("gut.md", PaperMarkdown.Information().Build()),
            ("schlecht.md", PaperMarkdown.Information().With(p => p.Type = "Vorlage").Build()),
            ("auch-gut.md", PaperMarkdown.Decision().Build()),
        };

        // As the CLI does: read every file first, store only if all are valid.
        var e = Assert.Throws<InputException>(() => files.Select(f => product.Read(f.Item2, f.Item1)).ToList());

        Assert.Equal(("schlecht.md", 2, "type"), (e.File, e.Line, e.Field));
        Assert.Empty(await product.ListAsync());
        var verification = await product.VerifyAsync();
        Assert.Equal((0, 0), (verification.Papers, verification.Entries));
    }

    [Fact]
    public async Task Import_OfABatchWithATakenNumber_StoresNoneOfTheBatch()
    {
        await using var product = await TestProduct.StartAsync();
        await product.ImportAsync(PaperMarkdown.Information().With(p => p.Number = "0100/22").Build());

        var batch = new[]
        {
            product.Read(PaperMarkdown.Information().With(p => p.Number = "0101/22").Build(), "a.md"),
            product.Read(PaperMarkdown.Decision().Build(), "b.md"),
            product.Read(PaperMarkdown.Information().With(p => p.Number = "0100/22").Build(), "c.md"),
        };
        var e = await Assert.ThrowsAsync<DrucksachenException>(() => product.ImportAsync(batch));

        Assert.Equal(ErrorKind.Conflict, e.Kind);
        Assert.Equal(["0100/22"], (await product.ListAsync()).Select(p => p.Number));
        // Historical numbers leave the running count alone: the first release of the year is 0001/22.
        var imported = await product.ImportAsync([batch[0], batch[1]]);
        var released = await product.ToConsultationAsync(imported[1]);
        Assert.Equal("0001/22", released.Number);
    }

    [Fact]
    public async Task Import_OfTwoPapersWithTheSameNewNumberInOneBatch_IsAConflictAndStoresNeither()
    {
        await using var product = await TestProduct.StartAsync();
        var twins = new[]
        {
            product.Read(PaperMarkdown.Information().With(p => p.Number = "0200/22").Build(), "a.md"),
            product.Read(PaperMarkdown.Information().With(p => p.Number = "0200/22").Build(), "b.md"),
        };

        var e = await Assert.ThrowsAsync<DrucksachenException>(() => product.ImportAsync(twins));

        Assert.Equal(ErrorKind.Conflict, e.Kind);
        Assert.Equal("nothing was saved: that number is already taken by another paper", e.Message);
        Assert.Empty(await product.ListAsync());
    }

    [Fact]
    public async Task Import_Of501PapersWithTheLastBad_StoresNone_NotTheFirst500()
    {
        await using var product = await TestProduct.StartAsync();
        await product.ImportAsync(PaperMarkdown.Information().With(p => p.Number = "0100/22").Build());
        var papers = Enumerable.Range(0, 500)
            .Select(i => product.Read(PaperMarkdown.Information().With(p => p.Title = $"Papier {i}").Build(), $"in/{i}.md"))
            .Append(product.Read(PaperMarkdown.Information().With(p => p.Number = "0100/22").Build(), "in/letztes.md"))
            .ToList();

        var e = await Assert.ThrowsAsync<DrucksachenException>(() => product.ImportAsync(papers));

        Assert.Equal(ErrorKind.Conflict, e.Kind);
        Assert.Equal(["0100/22"], (await product.ListAsync()).Select(p => p.Number));
        var verification = await product.VerifyAsync();
        Assert.Equal((1, 1), (verification.Papers, verification.Entries));
    }
}
