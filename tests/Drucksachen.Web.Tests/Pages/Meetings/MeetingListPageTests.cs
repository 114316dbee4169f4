using System.Net;
using Drucksachen.Testing;
using Drucksachen.Web.Features.Meetings;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Pages.Meetings;

/// <summary>
/// The meetings list (/Sitzungen) without a month opens on the month of the next meeting the visitor
/// may see, else of the latest; a month given stays as given, and an empty one links to the nearest
/// months with meetings the visitor may see.
/// </summary>
public sealed class MeetingListPageTests(MeetingMonthsFixture fixture) : IClassFixture<MeetingMonthsFixture>
{
    private static async Task<string> HtmlAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static string Heading(DateOnly month) => "Sitzungen im " + MeetingLabels.Month(month);

    private static string Link(string query) => $"href=\"{MeetingLinks.List}?{query}\"";

    [Fact]
    public async Task Without_a_month_an_anonymous_visitor_gets_the_month_of_the_next_public_meeting_not_the_empty_current_one()
    {
        var html = await HtmlAsync(fixture.CreateBrowser(), MeetingLinks.List);

        Assert.Contains(Heading(fixture.CommitteeDay), html, StringComparison.Ordinal);
        Assert.Contains(fixture.Committee.Number, html, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.ServiceMeeting.Number, html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{MeetingMonthsFixture.Month(fixture.CommitteeDay)}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_month_staff_get_the_month_of_the_next_meeting_they_may_see_the_non_public_one()
    {
        var html = await HtmlAsync(await fixture.LoginAsync(DemoUsers.Clerk), MeetingLinks.List);

        Assert.Contains(Heading(fixture.ServiceMeetingDay), html, StringComparison.Ordinal);
        Assert.Contains(fixture.ServiceMeeting.Number, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_month_a_body_without_meetings_to_come_opens_on_its_latest_and_one_without_any_on_the_current_month()
    {
        var anonymous = fixture.CreateBrowser();

        var past = await HtmlAsync(anonymous, MeetingLinks.List + "?gremium=bva");
        var demo = await HtmlAsync(anonymous, MeetingLinks.List + "?gremium=sag");
        var none = await HtmlAsync(anonymous, MeetingLinks.List + "?gremium=jha");

        Assert.Contains(Heading(MeetingMonthsFixture.PastDay), past, StringComparison.Ordinal);
        Assert.Contains(fixture.Past.Number, past, StringComparison.Ordinal);
        Assert.Contains(Heading(new DateOnly(2022, 11, 1)), demo, StringComparison.Ordinal);
        Assert.Contains(Heading(fixture.ThisMonth), none, StringComparison.Ordinal);
        Assert.Contains("Keine Sitzungen im", none, StringComparison.Ordinal);
        Assert.DoesNotContain("Frühere Sitzungen", none, StringComparison.Ordinal);
        Assert.DoesNotContain("Spätere Sitzungen", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_month_given_stays_as_given_and_when_empty_links_to_the_nearest_months_the_visitor_may_see()
    {
        var anonymous = fixture.CreateBrowser();
        var serviceMonth = MeetingMonthsFixture.Month(fixture.ServiceMeetingDay);

        var between = await HtmlAsync(anonymous, MeetingLinks.List + "?monat=2024-01");
        var service = await HtmlAsync(anonymous, MeetingLinks.List + "?monat=" + serviceMonth);
        var ofBody = await HtmlAsync(anonymous, MeetingLinks.List + "?gremium=hfa&monat=2024-01");
        var forClerk = await HtmlAsync(await fixture.LoginAsync(DemoUsers.Clerk), MeetingLinks.List + "?monat=" + serviceMonth);

        Assert.Contains(Heading(new DateOnly(2024, 1, 1)), between, StringComparison.Ordinal);
        Assert.Contains("Keine Sitzungen im Januar 2024", between, StringComparison.Ordinal);
        Assert.Contains(Link("monat=2022-11"), between, StringComparison.Ordinal);
        Assert.Contains(Link("monat=2025-03"), between, StringComparison.Ordinal);

        Assert.Contains(Heading(fixture.ServiceMeetingDay), service, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.ServiceMeeting.Number, service, StringComparison.Ordinal);
        Assert.Contains(Link("monat=2025-03"), service, StringComparison.Ordinal);
        Assert.Contains(Link("monat=" + MeetingMonthsFixture.Month(fixture.CommitteeDay)), service, StringComparison.Ordinal);

        Assert.DoesNotContain("Frühere Sitzungen", ofBody, StringComparison.Ordinal);
        Assert.Contains(Link($"monat={MeetingMonthsFixture.Month(fixture.CommitteeDay)}&gremium=hfa"), ofBody, StringComparison.Ordinal);

        Assert.Contains(fixture.ServiceMeeting.Number, forClerk, StringComparison.Ordinal);
        Assert.DoesNotContain("Keine Sitzungen", forClerk, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("11/2026")]
    [InlineData("2026-13")]
    public async Task A_month_that_is_no_month_is_named_in_german_beside_the_field(string month)
    {
        var html = await HtmlAsync(fixture.CreateBrowser(), MeetingLinks.List + "?monat=" + Uri.EscapeDataString(month));

        Assert.Contains($"„{month}“ ist kein Monat: bitte als JJJJ-MM angeben", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains(Heading(fixture.CommitteeDay), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_in_the_last_month_of_the_calendar_does_not_break_the_list_that_would_open_on_it()
    {
        var html = await HtmlAsync(fixture.CreateBrowser(), MeetingLinks.List + "?gremium=sr");

        Assert.Contains(Heading(fixture.ThisMonth), html, StringComparison.Ordinal);
        Assert.Contains(Link("monat=9999-12&gremium=sr"), html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12")]
    [InlineData("0001-01")]
    public async Task The_first_and_last_month_of_the_calendar_are_refused_in_german_not_answered_with_an_error_page(string month)
    {
        var html = await HtmlAsync(fixture.CreateBrowser(), MeetingLinks.List + "?monat=" + month);

        Assert.Contains($"„{month}“ liegt außerhalb der Monate, die die Liste zeigt", html, StringComparison.Ordinal);
    }
}
