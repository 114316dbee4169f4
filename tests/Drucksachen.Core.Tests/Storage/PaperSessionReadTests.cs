using System.Text.Json;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Storage;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Storage;

/// <summary>
/// A session reads papers with its own SQL (Persistence/Stores/PaperRows), not with EF: it must give
/// exactly what the store's EF query gives, consultations in the order of the advisory sequence.
/// </summary>
public class PaperSessionReadTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task SessionRead_EqualsTheEfRead_ForAReleasedPaperWithRecordedAndInsertedConsultations()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Decision().Build()));
        product.AfterMeetings(paper);
        await product.ActAsync(paper, new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Noted, Comment: "zur Kenntnis"));
        // Deferral inserts a consultation in the middle of the sequence, so positions are not insertion order.
        await product.ActAsync(paper, new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Deferred, Vote: "9/2/1", NextDate: "10.11.2022"));

        var loaded = await product.Get<IPaperReads>().FindAsync(paper.Id.ToString(), None);
        await using var session = product.Get<IPaperSessions>().OpenSession();
        var read = await session.FindAsync(paper.Id, None);

        Assert.NotNull(read);
        Assert.Equal(["dbob", "sag", "sag", "sr"], read.Consultations.Select(c => c.Body));
        Assert.Equal([0, 1, 2, 3], read.Consultations.Select(c => c.Position));
        Assert.NotNull(read.Number);
        Assert.Equal(Json(loaded), Json(read));
    }

    [Fact]
    public async Task SessionRead_EqualsTheEfRead_ForADraftWithoutConsultations()
    {
        await using var product = await TestProduct.StartAsync();
        var markdown = PaperMarkdown.Information().WithoutConsultations().Build().Replace("consultations:\n", "consultations: []\n");
        var paper = await product.ImportAsync(markdown);

        var loaded = await product.Get<IPaperReads>().FindAsync(paper.Id.ToString(), None);
        await using var session = product.Get<IPaperSessions>().OpenSession();
        var read = await session.FindAsync(paper.Id, None);

        Assert.NotNull(read);
        Assert.Empty(read.Consultations);
        Assert.Equal(Json(loaded), Json(read));
    }

    [Fact]
    public async Task SessionFind_ResolvesNumberAndShortId_ToTheSameInstance_AndUnknownToNull()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));

        await using var session = product.Get<IPaperSessions>().OpenSession();
        var byId = await session.FindAsync(paper.Id, None);
        Assert.Same(byId, await session.FindAsync(paper.Number!, None));
        Assert.Same(byId, await session.FindAsync(paper.Id.ToString("N")[..8].ToLowerInvariant(), None));
        Assert.Null(await session.FindAsync(Guid.NewGuid(), None));
        Assert.Null(await session.FindAsync("9999/99", None));
    }

    // Every public property, the workflow and the consultations included.
    private static string Json(Paper? paper) => JsonSerializer.Serialize(paper);
}
