using System.Net;
using Drucksachen.Core.Meetings;
using Drucksachen.Testing;
using Drucksachen.Web.Features.Meetings;
using Drucksachen.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Drucksachen.Web.Tests.Pages.Meetings;

/// <summary>
/// The meeting's history page (/Sitzungen/{nummer}/Verlauf), linked from the meeting page: for
/// everyone who may see the meeting, the non-public item by its number only for those who may not
/// see it, the acting account for staff only.
/// </summary>
public sealed class MeetingHistoryPageTests(MeetingFixture fixture) : IClassFixture<MeetingFixture>
{
    private string History => MeetingLinks.History(fixture.Meeting.Number);

    [Fact]
    public async Task An_anonymous_visitor_reads_the_history_from_the_meeting_page_with_the_non_public_item_by_its_number_only()
    {
        var anonymous = fixture.CreateBrowser();
        var page = await anonymous.GetStringAsync(fixture.Page);
        Assert.Contains($"href=\"{History}\"", page, StringComparison.Ordinal);

        using var response = await anonymous.GetAsync(History);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sitzung angelegt", html, StringComparison.Ordinal);
        Assert.Contains("Drucksache auf die Tagesordnung gesetzt", html, StringComparison.Ordinal);
        Assert.Contains("eingeladen", html, StringComparison.Ordinal);
        Assert.Contains("TOP N 2.1 (nichtöffentlich)", html, StringComparison.Ordinal);
        Assert.Contains("Einträge zum nichtöffentlichen Teil nennen nur die Nummer", html, StringComparison.Ordinal);
        Assert.Contains("oeffentlich-v1.pdf", html, StringComparison.Ordinal);
        Assert.DoesNotContain("mitglieder-v", html, StringComparison.Ordinal);
        Assert.False(fixture.Mentions(html), html);
        Assert.DoesNotContain(DemoUsers.Clerk, html, StringComparison.Ordinal);
        Assert.Contains("Sitzungsdienst", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_of_the_body_reads_the_non_public_item_and_the_clerk_also_who_acted()
    {
        var member = WebUtility.HtmlDecode(await (await fixture.LoginAsync(MeetingFixture.Member)).GetStringAsync(History));
        Assert.True(fixture.Mentions(member), member);
        Assert.DoesNotContain("(nichtöffentlich)", member, StringComparison.Ordinal);
        Assert.DoesNotContain($"<td>{DemoUsers.Clerk}</td>", member, StringComparison.Ordinal);

        var clerk = WebUtility.HtmlDecode(await (await fixture.LoginAsync(DemoUsers.Clerk)).GetStringAsync(History));
        Assert.True(fixture.Mentions(clerk), clerk);
        Assert.Contains($"<td>{DemoUsers.Clerk}</td>", clerk, StringComparison.Ordinal);
        Assert.Contains("mitglieder-v", clerk, StringComparison.Ordinal);
        // The agenda as it went out, recorded for the next supplement, reads as its numbers, not as the stored record.
        Assert.Contains("versandt mit: Ö 1, ", clerk, StringComparison.Ordinal);
        Assert.DoesNotContain("sent: ", clerk, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_history_of_a_meeting_without_public_part_is_not_found_for_the_public_as_a_meeting_that_does_not_exist()
    {
        var day = CityDay.Today.AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var meeting = await fixture.Services.GetRequiredService<CreateMeeting>().ExecuteAsync(new MeetingInput("dbob", day, DemoUsers.Clerk), CancellationToken.None);
        var anonymous = fixture.CreateBrowser();

        using var hidden = await anonymous.GetAsync(MeetingLinks.History(meeting.Number));
        using var missing = await anonymous.GetAsync(MeetingLinks.History("DB-999-2099"));

        Assert.Equal((HttpStatusCode.NotFound, await missing.Content.ReadAsStringAsync()),
            (hidden.StatusCode, (await hidden.Content.ReadAsStringAsync()).Replace(meeting.Number.Replace('/', '-'), "DB-999-2099", StringComparison.Ordinal)));
        using var approver = await (await fixture.LoginAsync(DemoUsers.Approver)).GetAsync(MeetingLinks.History(meeting.Number));
        Assert.Equal(HttpStatusCode.OK, approver.StatusCode);
    }
}
