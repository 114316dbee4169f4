using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Drucksachen.Core.Actions;
using Drucksachen.Core.Storage;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Pages.Clerk;

/// <summary>
/// /Sitzungsdienst lists the outcomes recorded lately that can still be corrected, each with the
/// correction's form, which returns to /Sitzungsdienst; "Ergebnis berichtigen" was once only on the
/// paper's page.
/// </summary>
public sealed partial class SitzungsdienstTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task A_decision_recorded_lately_is_corrected_from_the_clerks_desk()
    {
        var (id, title) = await DecidedAsync("approved");
        var clerk = await app.LoginAsync("krause");

        var desk = await clerk.GetStringAsync("/Sitzungsdienst");
        var entry = Entry(desk, id);
        Assert.Contains(title, entry);
        Assert.Contains($"Stadtrat am {Day(-2, "dd.MM.yyyy")}: <strong>beschlossen</strong>", entry);
        Assert.Contains("name=\"Action\" value=\"correct\"", entry);
        Assert.Contains("name=\"ReturnUrl\" value=\"/Sitzungsdienst\"", entry);

        var version = Regex.Match(entry, "name=\"ExpectedVersion\" value=\"(\\d+)\"").Groups[1].Value;
        var corrected = await WebAppFactory.PostFormAsync(clerk, "/Sitzungsdienst", [
            new("Action", "correct"), new("ExpectedVersion", version), new("ReturnUrl", "/Sitzungsdienst"),
            new("Outcome", "rejected"), new("Date", Day(-2, "yyyy-MM-dd")), new("Comment", "Abstimmung falsch übertragen"),
        ], $"/Drucksachen/{id}?handler=Aktion");

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal("/Sitzungsdienst", corrected.Headers.Location?.OriginalString);
        var after = await clerk.GetStringAsync("/Sitzungsdienst");
        Assert.Contains("Erledigt. Neuer Stand der Drucksache: abgelehnt.", WebUtility.HtmlDecode(after));
        Assert.Contains("<strong>abgelehnt</strong>", Entry(after, id));
        Assert.Equal("rejected", (await app.Services.GetRequiredService<IPaperReads>().FindAsync(id.ToString(), CancellationToken.None))!.State);
    }

    [Fact]
    public async Task Only_the_last_outcome_is_offered_and_none_once_another_action_was_taken()
    {
        var (id, _) = await DecidedAsync(null);
        var clerk = await app.LoginAsync("krause");
        var entry = Entry(await clerk.GetStringAsync("/Sitzungsdienst"), id);
        Assert.Contains($"Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung am {Day(-9, "dd.MM.yyyy")}: <strong>empfohlen</strong>", entry);

        // The author withdraws the paper: the recommendation can no longer be corrected.
        await TestPapers.ActAsync(app.Services, id, new ActionInput("withdraw", "mueller", Comment: "erledigt sich"));
        Assert.DoesNotContain($"erfasst-{id}", await clerk.GetStringAsync("/Sitzungsdienst"));
    }

    [Fact]
    public async Task The_body_filter_narrows_the_corrections_too()
    {
        var (id, _) = await DecidedAsync("approved");
        var clerk = await app.LoginAsync("krause");

        Assert.Contains($"erfasst-{id}", await clerk.GetStringAsync("/Sitzungsdienst?gremium=sr"));
        Assert.DoesNotContain($"erfasst-{id}", await clerk.GetStringAsync("/Sitzungsdienst?gremium=jha"));
    }

    // The section of one paper in the list of recorded outcomes.
    private static string Entry(string html, Guid id)
    {
        var start = html.IndexOf($"aria-labelledby=\"erfasst-{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"paper {id} is not among the recorded outcomes");
        return html[start..html.IndexOf("</details>", start, StringComparison.Ordinal)];
    }

    // A released Beschlussvorlage: recommended by the committee nine days ago, then, if given, the
    // council's outcome two days ago.
    private async Task<(Guid Id, string Title)> DecidedAsync(string? councilOutcome)
    {
        var (id, title) = await TestPapers.ImportAsync(app.Services, "Zu berichtigender Beschluss", "Beschlussvorlage", "[]",
            ("Ausschuss für Soziales, Arbeitsmarkt und Gleichstellung", -9, "Vorberatung"), ("Stadtrat", -2, "Entscheidung"));
        await TestPapers.TakeAsync(app.Services, id, "submit", "release");
        await TestPapers.ActAsync(app.Services, id, new ActionInput("record", "krause", Outcome: "recommended"));
        if (councilOutcome is not null)
            await TestPapers.ActAsync(app.Services, id, new ActionInput("record", "krause", Outcome: councilOutcome));
        return (id, title);
    }

    private static string Day(int fromToday, string format) =>
        CityDay.Today.AddDays(fromToday).ToString(format, CultureInfo.InvariantCulture);
}
