using System.Globalization;
using Drucksachen.Core.Actions;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Browser;

/// <summary>
/// A released public Beschlussvorlage of the Amt für Soziales, made through the use cases (import,
/// submit, release) so a browser test starts where the clerk's work begins. Meetings are given in days
/// from today: the import, unlike a draft, takes past meetings.
/// </summary>
public static class ReleasedPapers
{
    public const string Committee = "Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung";

    public static async Task<Core.Papers.Paper> DecisionAsync(this BrowserFixture fixture, string title, int committeeInDays, int councilInDays)
    {
        var services = fixture.App.Services;
        var (id, _) = await TestPapers.ImportAsync(services, title, "Beschlussvorlage", "[]",
            (Committee, committeeInDays, "Vorberatung"), ("Stadtrat", councilInDays, "Entscheidung"));
        await TestPapers.TakeAsync(services, id, "submit");
        return await TestPapers.ActAsync(services, id, new ActionInput("release", "horn"));
    }

    public static DateOnly Today => CityDay.Today;

    public static string Day(int fromToday) => TestPapers.Day(fromToday);

    public static string German(int fromToday) => Today.AddDays(fromToday).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
