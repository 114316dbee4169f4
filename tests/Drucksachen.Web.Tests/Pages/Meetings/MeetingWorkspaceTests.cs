using System.Globalization;
using System.Net;
using Drucksachen.Core.Meetings;
using Drucksachen.Core.Storage;
using Drucksachen.Web.Features.Meetings;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Pages.Meetings;

/// <summary>The clerk's workspace over HTTP: a meeting made from the form, a late invitation refused in German and sent when urgent, a stale form refused.</summary>
public sealed class MeetingWorkspaceTests(MeetingFixture fixture) : IClassFixture<MeetingFixture>
{
    [Fact]
    public async Task A_meeting_two_days_ahead_is_invited_only_urgently_and_the_refusal_says_why_in_german()
    {
        var clerk = await fixture.LoginAsync("krause");
        var day = CityDay.Today.AddDays(2);
        var created = await WebAppFactory.PostFormAsync(clerk, MeetingLinks.New, new Dictionary<string, string>
        {
            ["gremium"] = "sag", ["datum"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["beginn"] = "16:30", ["ort"] = "Rathaus, Festsaal",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var agenda = created.Headers.Location!.OriginalString;
        Assert.EndsWith("/Tagesordnung", agenda, StringComparison.Ordinal);
        var meeting = (await fixture.Services.GetRequiredService<IMeetingReads>().ListAsync(new MeetingQuery("sag", day, day), CancellationToken.None)).Single();
        Assert.Equal((new TimeOnly(16, 30), "Rathaus, Festsaal"), (meeting.Start, meeting.Location));

        var refused = await WebAppFactory.PostFormAsync(clerk, agenda, new Dictionary<string, string> { ["version"] = meeting.Version.ToString(CultureInfo.InvariantCulture) },
            agenda + "?handler=Einladen");
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"Die Ladungsfrist der Sitzung {meeting.Number} ist verstrichen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("notice period", html, StringComparison.Ordinal);

        var sent = await WebAppFactory.PostFormAsync(clerk, agenda,
            new Dictionary<string, string> { ["version"] = meeting.Version.ToString(CultureInfo.InvariantCulture), ["dringlich"] = "true" }, agenda + "?handler=Einladen");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync(MeetingLinks.Page(meeting.Number)));
        Assert.Contains("dringlich eingeladen", page, StringComparison.Ordinal);
        Assert.Contains("Einladung (öffentliche Fassung)", page, StringComparison.Ordinal);

        // The form the clerk still has open shows the version before the invitation.
        var stale = await WebAppFactory.PostFormAsync(clerk, agenda,
            new Dictionary<string, string> { ["version"] = meeting.Version.ToString(CultureInfo.InvariantCulture), ["titel"] = "Bericht der Verwaltung", ["oeffentlich"] = "true" },
            agenda + "?handler=Punkt");
        Assert.Contains($"Die Sitzung {meeting.Number} wurde inzwischen geändert", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_workspace_is_for_clerks_only()
    {
        var member = await fixture.LoginAsync(MeetingFixture.Member);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(MeetingLinks.New)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(MeetingLinks.Agenda(fixture.Meeting.Number))).StatusCode);
        var clerk = await fixture.LoginAsync("krause");
        var agenda = WebUtility.HtmlDecode(await clerk.GetStringAsync(MeetingLinks.Agenda(fixture.Meeting.Number)));
        Assert.Contains(fixture.SecretTitle, agenda, StringComparison.Ordinal);
        Assert.Contains("Eingeladen ist schon", agenda, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_taken_off_after_the_invitation_is_named_before_the_supplement_goes_out()
    {
        var services = fixture.Services;
        var ct = CancellationToken.None;
        var day = CityDay.Today.AddDays(20).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var meeting = await services.GetRequiredService<CreateMeeting>().ExecuteAsync(new MeetingInput("sag", day, "krause"), ct);
        await services.GetRequiredService<InviteToMeeting>().ExecuteAsync(meeting.Number, "krause", urgent: false, null, ct);
        var clerk = await fixture.LoginAsync("krause");
        Assert.Contains("seitdem hat sich die Tagesordnung nicht geändert", WebUtility.HtmlDecode(await clerk.GetStringAsync(MeetingLinks.Agenda(meeting.Number))),
            StringComparison.Ordinal);

        // Sonstiges, the last public item: no other item changes its number.
        await services.GetRequiredService<PlanAgenda>().RemoveAsync(meeting.Number, "Ö 6", "krause", null, ct);

        var agenda = WebUtility.HtmlDecode(await clerk.GetStringAsync(MeetingLinks.Agenda(meeting.Number)));
        Assert.Contains("Seit dem letzten Versand: abgesetzt: Ö 6.", agenda, StringComparison.Ordinal);
        Assert.Contains("Nachtrag erstellen", agenda, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_moved_from_the_agenda_page_shows_its_new_day_and_the_move_in_its_history()
    {
        var services = fixture.Services;
        var day = CityDay.Today.AddDays(30);
        var meeting = await services.GetRequiredService<CreateMeeting>().ExecuteAsync(
            new MeetingInput("sag", day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), "krause"), CancellationToken.None);
        // The new day stays in the meeting's year.
        var moved = day.DayOfYear > 1 ? day.AddDays(-1) : day.AddDays(1);
        var clerk = await fixture.LoginAsync("krause");
        var agenda = MeetingLinks.Agenda(meeting.Number);
        Assert.Contains("Sitzung verlegen", await clerk.GetStringAsync(agenda), StringComparison.Ordinal);
        var form = new Dictionary<string, string>
        {
            ["version"] = meeting.Version.ToString(CultureInfo.InvariantCulture), ["datum"] = moved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["beginn"] = "18:00", ["ende"] = "", ["ort"] = "Rathaus, Festsaal",
        };

        var done = await WebAppFactory.PostFormAsync(clerk, agenda, form, agenda + "?handler=Verlegen");

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var now = await services.GetRequiredService<IMeetingReads>().FindAsync(meeting.Number, CancellationToken.None);
        Assert.Equal((moved, new TimeOnly(18, 0), "Rathaus, Festsaal"), (now!.Date, now.Start, now.Location));
        var history = WebUtility.HtmlDecode(await clerk.GetStringAsync(MeetingLinks.History(meeting.Number)));
        Assert.Contains("Sitzung verlegt", history, StringComparison.Ordinal);
        Assert.Contains($"am {moved:dd.MM.yyyy}; Beginn 18:00 Uhr; Ort: Rathaus, Festsaal; vorher am {day:dd.MM.yyyy}, Beginn 17:00 Uhr, Ort: Rathaus, Fischmarkt 1, Raum 225",
            history, StringComparison.Ordinal);

        form["version"] = now.Version.ToString(CultureInfo.InvariantCulture);
        var again = await WebAppFactory.PostFormAsync(clerk, agenda, form, agenda + "?handler=Verlegen");
        var html = WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains($"Die Sitzung {meeting.Number} ist schon an diesem Tag, zu dieser Zeit und an diesem Ort", html, StringComparison.Ordinal);
    }
}
