using Drucksachen.Core.Actions;
using Drucksachen.Core.Errors;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Numbers;

/// <summary>Numbers NNNN/YY: given at release, per calendar year in Erfurt, never twice.</summary>
public class NumberAssignmentTests
{
    [Fact]
    public async Task Release_GetsNumberOfTheBerlinYear_WhenUtcIsStillInThePreviousYear()
    {
        await using var product = await TestProduct.StartAsync(Berlin.At(2025, 12, 18, 10));
        var paper = await product.ImportAsync(new PaperMarkdown { Date = "2025-12-18" }
            .Consultation("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", "15.01.2026")
            .Section("Sachverhalt", "Jahreswechsel.").Build());
        await product.ToReleaseAsync(paper);
        Assert.Null((await product.FindAsync(paper)).Number);

        var newYearsNight = Berlin.At(2026, 1, 1, 0, 30);
        Assert.Equal(2025, newYearsNight.UtcDateTime.Year);
        var released = await product.ActAsync(paper, newYearsNight, new ActionInput("release", DemoUsers.Approver));

        Assert.Equal("0001/26", released.Paper.Number);
        var stored = await product.FindAsync("0001/26");
        Assert.Equal(paper.Id, stored.Id);
        Assert.Equal(("Drucksache", 2026, 1), (stored.NumberSeries, stored.NumberYear, stored.NumberSequence));
    }

    [Fact]
    public async Task Release_DoesNotSkipTheRunningNumbers_AfterAHistoricalNumberWasImported()
    {
        await using var product = await TestProduct.StartAsync();
        var historical = await product.ImportAsync(PaperMarkdown.Information().With(p => p.Number = "0500/22").Build());
        Assert.Equal("0500/22", historical.Number);
        Assert.Equal("draft", historical.State);

        var fresh = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));
        Assert.Equal("0001/22", fresh.Number);

        // The historical paper keeps its own number when it is released, and the count goes on from 0001.
        var released = await product.ToConsultationAsync(historical);
        Assert.Equal("0500/22", released.Number);
        var next = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));
        Assert.Equal("0002/22", next.Number);
    }

    [Fact]
    public async Task Release_PassesOverANumberAHistoricalPaperHolds()
    {
        await using var product = await TestProduct.StartAsync();
        await product.ImportAsync(PaperMarkdown.Information().With(p => p.Number = "0002/22").Build());

        var first = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));
        var second = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));
        var third = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));

        Assert.Equal(["0001/22", "0003/22", "0004/22"], new[] { first.Number!, second.Number!, third.Number! });
    }

    [Fact]
    public async Task Import_IsRefusedWithConflictAndStoresNothing_WhenTheNumberIsTaken()
    {
        await using var product = await TestProduct.StartAsync();
        var first = await product.ImportAsync(PaperMarkdown.Information().With(p => p.Number = "1802/22").Build(), "erste.md");

        var duplicate = product.Read(PaperMarkdown.Information().With(p => { p.Number = "1802/22"; p.Title = "Doppelt"; }).Build(), "doppelt.md");
        var alone = await Assert.ThrowsAsync<DrucksachenException>(() => product.ImportAsync([duplicate]));
        Assert.Equal(ErrorKind.Conflict, alone.Kind);
        Assert.Contains("already taken", alone.Message);
        Assert.DoesNotContain(first.Title, alone.Message);

        // A batch is all or nothing: the good paper before the duplicate is not stored either.
        var good = product.Read(PaperMarkdown.Information().With(p => p.Title = "Gut").Build(), "gut.md");
        var batch = await Assert.ThrowsAsync<DrucksachenException>(() => product.ImportAsync([good, duplicate]));
        Assert.Equal(ErrorKind.Conflict, batch.Kind);

        var papers = await product.ListAsync();
        Assert.Equal([first.Id], papers.Select(p => p.Id));
        Assert.Single(await product.HistoryAsync(first));
        var verification = await product.VerifyAsync();
        Assert.True(verification.IsIntact);
        Assert.Equal((1, 1), (verification.Papers, verification.Entries));

        // Neither the refused imports nor the historical one moved the counter.
        var released = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));
        Assert.Equal("0001/22", released.Number);
    }

    [Fact]
    public async Task Import_IsRefusedWithConflict_WhenARelease_HasGivenOutTheNumber()
    {
        await using var product = await TestProduct.StartAsync();
        var released = await product.ToConsultationAsync(await product.ImportAsync(PaperMarkdown.Information().Build()));
        Assert.Equal("0001/22", released.Number);

        var e = await Assert.ThrowsAsync<DrucksachenException>(() =>
            product.ImportAsync(PaperMarkdown.Information().With(p => p.Number = "0001/22").Build()));
        Assert.Equal(ErrorKind.Conflict, e.Kind);
        Assert.Single(await product.ListAsync());
    }

    [Fact]
    public async Task Numbers_RestartAtOne_InANewYear()
    {
        await using var product = await TestProduct.StartAsync(Berlin.At(2025, 12, 1, 9));
        var december = await product.ImportAsync(new PaperMarkdown { Date = "2025-12-01" }
            .Consultation("Stadtrat", "18.12.2025").Section("Sachverhalt", "x").Build());
        Assert.Equal("0001/25", (await product.ToConsultationAsync(december)).Number);

        product.Clock.Set(Berlin.At(2026, 1, 5, 9));
        var january = await product.ImportAsync(new PaperMarkdown { Date = "2026-01-05" }
            .Consultation("Stadtrat", "29.01.2026").Section("Sachverhalt", "x").Build());
        Assert.Equal("0001/26", (await product.ToConsultationAsync(january)).Number);
    }
}
