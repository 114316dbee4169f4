using Drucksachen.Core.Configuration;
using Drucksachen.Core.Deadlines;
using Drucksachen.Core.Papers;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Deadlines;

/// <summary>ThürKO § 35(2): four full days between release and meeting day; urgent papers by the 2nd day before.</summary>
public class DeadlineCalculatorTests
{
    private static readonly DeadlineCalculator Calculator = new(new City(TestProduct.ShippedOptions().City));

    private static Paper PaperWith(params Consultation[] consultations) =>
        new(new PaperContent("Informationsvorlage", "Test", Offices.Soziales, DemoUsers.Mueller, new DateOnly(2022, 10, 12), true, "",
            new Dictionary<string, string>(), [], [], consultations), TestProduct.DefaultNow);

    private static Consultation At(string body, int month, int day) =>
        new(body, new DateOnly(2022, month, day), body != "dbob", ConsultationRole.Noting);

    [Fact]
    public void For_CommitteeOnThursday3November2022_RegularDeadlineIsStartOf30October_UrgentStartOf2November()
    {
        var deadlines = Calculator.For(PaperWith(At("sag", 11, 3)));

        Assert.NotNull(deadlines);
        // The paper must be out by Saturday 29.10.2022; the deadline passes when 30.10 begins in Erfurt (still CEST).
        Assert.Equal(new DateTimeOffset(2022, 10, 30, 0, 0, 0, TimeSpan.FromHours(2)), deadlines.Regular);
        Assert.Equal(new DateTime(2022, 10, 30, 0, 0, 0), Berlin.Local(deadlines.Regular));
        // Daylight saving time has ended by then: CET.
        Assert.Equal(new DateTimeOffset(2022, 11, 2, 0, 0, 0, TimeSpan.FromHours(1)), deadlines.Urgent);
        Assert.Equal(new DateTime(2022, 11, 2, 0, 0, 0), Berlin.Local(deadlines.Urgent!.Value));
        Assert.Equal(("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", new DateOnly(2022, 11, 3)), (deadlines.Body, deadlines.Meeting));
    }

    [Fact]
    public void For_OnlyDienstberatungOB_SetsNoDeadline() =>
        Assert.Null(Calculator.For(PaperWith(At("dbob", 10, 20))));

    [Fact]
    public void For_DienstberatungAndCommittee_TakesTheCommitteesDeadline()
    {
        var deadlines = Calculator.For(PaperWith(At("dbob", 10, 20), At("sag", 11, 3)));
        Assert.Equal(new DateOnly(2022, 11, 3), deadlines!.Meeting);
    }

    [Fact]
    public void For_TakesTheEarliestConsultationNotYetHeld()
    {
        var deadlines = Calculator.For(PaperWith(At("sr", 11, 17), At("sag", 11, 3)));
        Assert.Equal(("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", new DateOnly(2022, 11, 3)), (deadlines!.Body, deadlines.Meeting));
    }
}
