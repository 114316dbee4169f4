using System.Globalization;
using System.Text.RegularExpressions;
using Drucksachen.Core;
using Drucksachen.Core.Configuration;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Storage;
using Drucksachen.Testing;
using Drucksachen.Web.Features.Meetings;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Drucksachen.Web.Tests.Browser;

/// <summary>
/// A committee meeting run by the clerk in the browser, days passing on the application's clock:
/// created; two papers placed (one non-public), the invitation refused 3 full days before the
/// meeting and sent 5 days before; a paper released too late placed as Tischvorlage and sent as an
/// urgent supplement; on the day attendance and outcomes recorded (one approved with a changed
/// resolution, one deferred) and the meeting closed; the public page never shows the non-public title.
/// </summary>
[Collection(ClockedBrowserCollection.Name)]
public sealed class MeetingBrowserTests(ClockedBrowserFixture fixture)
{
    private const string ChangedResolution = "Der Ausschuss beschließt die Förderung mit der Auflage eines Berichts.";

    [Fact]
    public async Task A_committee_meeting_goes_from_planning_to_minutes_in_the_browser()
    {
        var services = fixture.App.Services;
        var city = services.GetRequiredService<City>();
        var clock = fixture.Clock;
        clock.Set(DateTimeOffset.UtcNow);
        var day = city.DayOf(clock.GetUtcNow()).AddDays(12);
        var date = day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var secretTitle = $"Grundstücksangelegenheit Flurstück {tag}";
        var decision = await TestPapers.ReleaseAsync(services, new PaperMarkdown { Type = "Beschlussvorlage", Title = $"Quartiersarbeit {tag}", Cosigners = [] }
            .Consultation("sag", date, "Entscheidung")
            .Section("Beschlussvorschlag", "Der Ausschuss beschließt die Förderung.")
            .Section("Sachverhalt", "Die Quartiersarbeit wird ausgebaut.").Section("Begründung", "Sie stärkt das Zusammenleben.")
            .Section("Finanzielle Auswirkungen", "Keine."));
        var secret = await TestPapers.ReleaseAsync(services, new PaperMarkdown { Title = secretTitle, Public = false, Cosigners = [] }
            .Consultation("sag", date, "Kenntnisnahme", isPublic: false).Section("Sachverhalt", "Ein Grundstück wird verkauft."));

        var clerk = await fixture.SignInAsync(DemoUsers.Clerk);
        string number;
        Core.Papers.Paper late;
        Meeting next;
        try
        {
            // Create, then place both papers.
            await clerk.GetByRole(AriaRole.Link, new() { Name = "Sitzungen", Exact = true }).ClickAsync();
            await clerk.GetByRole(AriaRole.Link, new() { Name = "Neue Sitzung anlegen" }).ClickAsync();
            await clerk.GetByLabel("Gremium").SelectOptionAsync("sag");
            await clerk.GetByLabel("Datum").FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await clerk.GetByRole(AriaRole.Button, new() { Name = "Sitzung anlegen" }).ClickAsync();
            await Expect(clerk).ToHaveURLAsync(new Regex("/Tagesordnung$"));
            await Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("ist angelegt");
            number = (await services.GetRequiredService<IMeetingReads>().ListAsync(new MeetingQuery("sag", day, day), default)).Single().Number;
            foreach (var paper in new[] { decision, secret })
            {
                await clerk.Locator("tr").Filter(new() { HasText = paper.Number }).GetByRole(AriaRole.Button, new() { NameRegex = new("^Einplanen") }).ClickAsync();
                await Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync($"Die Drucksache {paper.Number} steht auf der Tagesordnung.");
            }
            await Expect(clerk.GetByRole(AriaRole.List, new() { Name = "Nichtöffentlicher Teil" })).ToContainTextAsync(secretTitle);

            // 3 full days before: refused; 5 days before: sent.
            await InviteAsync(clerk, clock, city, day.AddDays(-3), "Einladung erstellen");
            await Expect(clerk.GetByRole(AriaRole.Alert)).ToContainTextAsync("Die Ladungsfrist der Sitzung");
            await InviteAsync(clerk, clock, city, day.AddDays(-5), "Einladung erstellen");
            await Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Einladung ist erstellt.");

            // Two days before, a paper released too late: only as Tischvorlage, sent as an urgent supplement.
            clock.Set(At(city, day.AddDays(-2), 9));
            late = await TestPapers.ReleaseAsync(services, new PaperMarkdown { Title = $"Zwischenbericht Wärmestuben {tag}", Cosigners = [] }
                .Consultation("sag", date, "Kenntnisnahme").Section("Sachverhalt", "Die Wärmestuben öffnen im November."));
            await clerk.ReloadAsync();
            var row = clerk.Locator("tr").Filter(new() { HasText = late.Number });
            await row.GetByLabel($"Kennzeichnung für {late.Number}").SelectOptionAsync(new SelectOptionValue { Label = "als Tischvorlage" });
            await row.GetByRole(AriaRole.Button, new() { NameRegex = new("^Einplanen") }).ClickAsync();
            await Expect(clerk.GetByRole(AriaRole.List, new() { Name = "Öffentlicher Teil", Exact = true })).ToContainTextAsync("Tischvorlage");
            await clerk.GetByLabel("dringlich (Ladungsfrist verkürzt)").CheckAsync();
            await clerk.GetByRole(AriaRole.Button, new() { Name = "Nachtrag erstellen" }).ClickAsync();
            await Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("als dringliche Einladung");

            // The day of the meeting: attendance, outcomes, close. The body's next meeting is planned already.
            clock.Set(At(city, day, 19));
            next = await services.GetRequiredService<CreateMeeting>().ExecuteAsync(
                new MeetingInput("sag", day.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DemoUsers.Clerk), default);
            await clerk.GotoAsync(MeetingLinks.Page(number));
            await clerk.GetByRole(AriaRole.Link, new() { Name = "Sitzung erfassen" }).ClickAsync();
            await clerk.Locator("fieldset").Filter(new() { HasText = "Klaus Neumann" }).GetByLabel("entschuldigt").CheckAsync();
            await clerk.GetByRole(AriaRole.Button, new() { Name = "Anwesenheit speichern" }).ClickAsync();
            await Expect(clerk.GetByRole(AriaRole.Status).First).ToContainTextAsync("Die Anwesenheit ist gespeichert.");
            await Expect(clerk.Locator("#anwesenheit-titel + p")).ToContainTextAsync("4 von 5 Mitgliedern anwesend, beschlussfähig");

            var item = Item(clerk, decision.Number!);
            await Expect(item.GetByLabel("Beschlusstext")).ToHaveValueAsync("Der Ausschuss beschließt die Förderung.");
            await item.GetByLabel("Ergebnis").SelectOptionAsync(new SelectOptionValue { Label = "geändert beschlossen" });
            await item.GetByLabel("Abstimmung").FillAsync("4/0/0");
            await item.GetByLabel("Beschlusstext").FillAsync(ChangedResolution);
            await item.GetByRole(AriaRole.Button, new() { NameRegex = new("^Ergebnis speichern") }).ClickAsync();
            await Expect(Item(clerk, decision.Number!)).ToContainTextAsync(ChangedResolution);
            foreach (var (paper, outcome) in new[] { (secret, "zur Kenntnis genommen"), (late, "vertagt") })
            {
                item = Item(clerk, paper.Number!);
                await item.GetByLabel("Ergebnis").SelectOptionAsync(new SelectOptionValue { Label = outcome });
                await item.GetByRole(AriaRole.Button, new() { NameRegex = new("^Ergebnis speichern") }).ClickAsync();
                await Expect(Item(clerk, paper.Number!)).ToContainTextAsync("Erfasst: " + outcome);
            }
            await clerk.GetByLabel("Ende der Sitzung").FillAsync("19:45");
            await clerk.GetByRole(AriaRole.Button, new() { Name = "Sitzung abschließen" }).ClickAsync();
            await Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Sitzung ist abgeschlossen");
            await Expect(clerk.Locator(".facts")).ToContainTextAsync("durchgeführt");

            // The deferred paper is due for the next meeting.
            await clerk.GotoAsync(MeetingLinks.Agenda(next.Number));
            await Expect(clerk.Locator("tr").Filter(new() { HasText = late.Number })).ToHaveCountAsync(1);
        }
        finally { await clerk.CloseAllAsync(); }

        var deferred = (await services.GetRequiredService<IPaperReads>().FindAsync(late.Number!, default))!;
        Assert.Equal([(Core.Papers.Outcome.Deferred, day), (null, next.Date)], deferred.Consultations.Select(c => (c.Outcome, c.Date)));

        // The public sees the outcomes of the public part, the minutes, and never the non-public title.
        var visitor = await fixture.NewPageAsync();
        try
        {
            await visitor.GotoAsync(MeetingLinks.Page(number));
            await Expect(visitor.Locator("main")).ToContainTextAsync(ChangedResolution);
            await Expect(visitor.Locator("main")).ToContainTextAsync("Niederschrift (öffentliche Fassung)");
            await Expect(visitor.Locator("main")).Not.ToContainTextAsync(secretTitle);
            await Expect(visitor.Locator("main")).Not.ToContainTextAsync(secret.Number!);
        }
        finally { await visitor.CloseAllAsync(); }
    }

    private static ILocator Item(IPage page, string paper) => page.Locator("section.task").Filter(new() { HasText = paper });

    private static async Task InviteAsync(IPage clerk, ManualClock clock, City city, DateOnly on, string button)
    {
        clock.Set(At(city, on, 9));
        await clerk.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
    }

    private static DateTimeOffset At(City city, DateOnly day, int hour) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, 0)), city.TimeZone), TimeSpan.Zero);
}
