using Drucksachen.Core.Actions;
using Drucksachen.Core.Drafts;
using Drucksachen.Core.Papers;
using Drucksachen.Core.Plausibility;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Plausibility;

/// <summary>What a clerk would not believe: outcomes before the meeting, deferrals past the decision, drafts planned into the past.</summary>
public class PlausibilityRulesTests
{
    private const string Committee = "Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung";

    /// <summary>Released on 20.11.2026: committee (Vorberatung) 03.12.2026, Stadtrat (Entscheidung) 14.01.2027; the clock then on 06.12.2026.</summary>
    private static async Task<(TestProduct Product, Paper Paper)> PaperOfWinter2026Async()
    {
        var product = await TestProduct.StartAsync(now: Berlin.At(2026, 11, 20, 10));
        var markdown = PaperMarkdown.Decision().WithoutConsultations().With(p => p.Date = "2026-11-19")
            .Consultation(Committee, "03.12.2026", "Vorberatung")
            .Consultation("Stadtrat", "14.01.2027", "Entscheidung");
        var paper = await product.ToConsultationAsync(await product.ImportAsync(markdown.Build()));
        product.Clock.Set(Berlin.At(2026, 12, 6, 9));
        return (product, paper);
    }

    [Fact]
    public async Task BeschlossenForTheMeetingOf14Jan2027_RecordedOn06Dec2026_IsRefused()
    {
        var (product, paper) = await PaperOfWinter2026Async();
        await using var _ = product;
        await product.ActAsync(paper, new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Recommended));

        var e = await Assert.ThrowsAsync<PlausibilityException>(() =>
            product.ActAsync(paper, new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Approved)));

        Assert.Equal("date", e.Field);
        Assert.False(e.NeedsConfirmation);
        Assert.Equal("Die Sitzung am 14.01.2027 hat noch nicht stattgefunden. Ein Ergebnis kann erst ab dem Sitzungstag erfasst werden.", e.German);
        Assert.Contains("the meeting of 14.01.2027 has not taken place yet (today is 06.12.2026)", e.Message);
        Assert.Equal([Outcome.Recommended, null], (await product.FindAsync(paper)).Consultations.Select(c => c.Outcome));
    }

    [Fact]
    public async Task AnOutcome_WithAMeetingDateGivenInTheFuture_IsRefused_ButTodayIsAccepted()
    {
        var (product, paper) = await PaperOfWinter2026Async();
        await using var _ = product;

        var future = await Assert.ThrowsAsync<PlausibilityException>(() =>
            product.ActAsync(paper, new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Recommended, Date: "07.12.2026")));
        var today = await product.ActAsync(paper, new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Recommended, Date: "06.12.2026"));

        Assert.Equal("date", future.Field);
        Assert.Equal(new DateOnly(2026, 12, 6), (await product.FindAsync(paper)).Consultations[0].OutcomeDate);
        Assert.Equal("consultation", today.Paper.State);
    }

    [Fact]
    public async Task ADeferralPastTheDecisionDate_NeedsConfirmation_AndIsTakenWithIt()
    {
        var (product, paper) = await PaperOfWinter2026Async();
        await using var _ = product;
        var deferral = new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Deferred, NextDate: "21.01.2027");

        var e = await Assert.ThrowsAsync<PlausibilityException>(() => product.ActAsync(paper, deferral));
        Assert.Equal(("nextDate", true), (e.Field, e.NeedsConfirmation));
        Assert.StartsWith("Der Termin 21.01.2027 liegt nach der Entscheidung im Gremium Stadtrat am 14.01.2027.", e.German);
        Assert.Null((await product.FindAsync(paper)).Consultations[0].Outcome);

        var confirmed = await product.ActAsync(paper, deferral with { Confirmed = true });
        Assert.Equal([Committee, Committee, "Stadtrat"],
            (await product.FindAsync(paper)).Consultations.Select(c => product.Options.City.Bodies.First(b => b.Key == c.Body).Name));
        Assert.Equal("consultation", confirmed.Paper.State);
    }

    [Fact]
    public async Task ADeferralBeforeTheDecisionDate_NeedsNoConfirmation()
    {
        var (product, paper) = await PaperOfWinter2026Async();
        await using var _ = product;

        var deferred = await product.ActAsync(paper, new ActionInput("record", DemoUsers.Clerk, Outcome: Outcome.Deferred, NextDate: "07.01.2027"));

        Assert.Equal(Outcome.Deferred, (await product.FindAsync(paper)).Consultations[0].Outcome);
        Assert.Equal("consultation", deferred.Paper.State);
    }

    [Fact]
    public async Task ADraft_WithAMeetingInThePast_IsRefused_NamingTheRow()
    {
        await using var product = await TestProduct.StartAsync(now: Berlin.At(2026, 12, 6, 9));

        var e = Assert.Throws<PlausibilityException>(() => Validate(product, [
            new ConsultationInput(null, Committee, "2026-12-10", "Vorberatung"),
            new ConsultationInput(null, "Stadtrat", "2025-12-17", "Entscheidung")]));

        Assert.Equal("consultations[1].date", e.Field);
        Assert.Equal("Die Sitzung am 17.12.2025 liegt in der Vergangenheit. Bitte planen Sie eine künftige Sitzung.", e.German);
    }

    [Fact]
    public async Task ADraftsUnchangedRow_WhoseMeetingHasPassed_DoesNotBlockOtherEdits()
    {
        await using var product = await TestProduct.StartAsync();
        var paper = await product.ImportAsync(PaperMarkdown.Decision().Build());
        product.Clock.Set(Berlin.At(2022, 10, 25, 9));
        var kept = paper.Consultations.Select(c => new ConsultationInput(c.Id, c.Body, c.Date.ToString("yyyy-MM-dd"), ConsultationRoles.German(c.Role), c.IsPublic)).ToList();

        var (_, _, consultations) = product.Get<DraftValidator>().Validate(Input(kept), Offices.Soziales, paper.Consultations);

        Assert.Equal(paper.Consultations.Select(c => c.Id), consultations.Select(c => c.Id));
    }

    [Theory]
    [InlineData("Vorberatung")]
    [InlineData("Anhörung")]
    public async Task ADraft_WithAPreliminaryConsultationAfterTheDecision_IsRefused(string role)
    {
        await using var product = await TestProduct.StartAsync(now: Berlin.At(2026, 12, 6, 9));

        var e = Assert.Throws<PlausibilityException>(() => Validate(product, [
            new ConsultationInput(null, "Stadtrat", "2027-01-14", "Entscheidung"),
            new ConsultationInput(null, Committee, "2027-01-20", role)]));

        Assert.Equal("consultations[1].role", e.Field);
        Assert.Equal($"Eine {role} kann nicht nach der Entscheidung im Gremium Stadtrat stattfinden. Bitte ordnen Sie sie davor ein.", e.German);
    }

    [Fact]
    public async Task ADraft_WithAVorberatungDatedAfterTheDecision_IsRefused()
    {
        await using var product = await TestProduct.StartAsync(now: Berlin.At(2026, 12, 6, 9));

        var e = Assert.Throws<PlausibilityException>(() => Validate(product, [
            new ConsultationInput(null, Committee, "2027-01-20", "Vorberatung"),
            new ConsultationInput(null, "Stadtrat", "2027-01-14", "Entscheidung")]));

        Assert.Equal("consultations[0].date", e.Field);
    }

    private static void Validate(TestProduct product, IReadOnlyList<ConsultationInput> consultations) =>
        product.Get<DraftValidator>().Validate(Input(consultations), Offices.Soziales);

    private static DraftInput Input(IReadOnlyList<ConsultationInput> consultations) =>
        new("Titel", "2026-12-01", true, "gez. Test", new Dictionary<string, string>(), [], [], consultations);
}
