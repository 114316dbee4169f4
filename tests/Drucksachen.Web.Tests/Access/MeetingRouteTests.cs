using System.Net;
using System.Text.RegularExpressions;
using Drucksachen.Core.Meetings;
using Drucksachen.Testing;
using Drucksachen.Web.Features.Meetings;
using Drucksachen.Web.Tests.Api;
using Drucksachen.Web.Tests.Pages.Meetings;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Access;

/// <summary>
/// Every meeting route (list, meeting page, its history, documents, packets, the clerk's pages, Meine Sitzungen,
/// the iCalendar feeds and the error page) walked by everyone who must not see the non-public part
/// of <see cref="MeetingFixture"/>'s meeting: no answer, PDFs read as text, names its non-public
/// item; a member of the body sees it where members' editions are served.
/// </summary>
public sealed partial class MeetingRouteTests(MeetingFixture fixture) : IClassFixture<MeetingFixture>
{
    public static TheoryData<string> Outsiders => ["anonymous", "jhamitglied by cookie", "jhamitglied by token", "wagner by cookie"];

    private IEnumerable<string> Routes()
    {
        var month = fixture.Day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var page = fixture.Page;
        return
        [
            "/Sitzungen", $"/Sitzungen?monat={month}", $"/Sitzungen?gremium=sag&monat={month}", page, MeetingLinks.History(fixture.Meeting.Number), $"{page}/Dokumente/1", $"{page}/Dokumente/2",
            $"{page}/Dokumente/3", MeetingLinks.Packet(fixture.Meeting.Number, members: false), MeetingLinks.Packet(fixture.Meeting.Number, members: true),
            MeetingLinks.Agenda(fixture.Meeting.Number), MeetingLinks.Recording(fixture.Meeting.Number), MeetingLinks.Mine, MeetingLinks.New,
            MeetingLinks.PublicFeed, MeetingLinks.PublicFeed + "?gremium=sag", "/Sitzungen/Kalender/dsk_unbekannt.ics", "/Fehler/404",
        ];
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task No_meeting_route_shows_an_outsider_the_non_public_item(string who)
    {
        var client = await fixture.ClientAsync(who);
        foreach (var url in Routes())
        {
            using var response = await client.GetAsync(url);
            var text = await TextAsync(response);
            Assert.False(fixture.Mentions(text), $"{who}: GET {url} ({(int)response.StatusCode}) names the non-public item: {text}");
        }
        foreach (var url in new[] { MeetingLinks.Packet(fixture.Meeting.Number, members: true), MeetingLinks.Agenda(fixture.Meeting.Number),
                     MeetingLinks.Recording(fixture.Meeting.Number) })
        {
            using var response = await client.GetAsync(url);
            Assert.False(response.IsSuccessStatusCode, $"{who}: GET {url} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_member_of_the_body_sees_the_non_public_item_on_the_page_in_its_history_in_the_packet_and_in_one_invitation()
    {
        var becker = await fixture.LoginAsync(MeetingFixture.Member);
        Assert.True(fixture.Mentions(await TextAsync(await becker.GetAsync(fixture.Page))));
        Assert.True(fixture.Mentions(await TextAsync(await becker.GetAsync(MeetingLinks.History(fixture.Meeting.Number)))));
        Assert.True(fixture.Mentions(await TextAsync(await becker.GetAsync(MeetingLinks.Packet(fixture.Meeting.Number, members: true)))));
        using (var packet = await becker.GetAsync(MeetingLinks.Packet(fixture.Meeting.Number, members: true)))
            Assert.Equal(MeetingModels.PacketFileName(fixture.Meeting, members: true), packet.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var invitations = new List<string>();
        foreach (var version in new[] { 1, 2 }) invitations.Add(await TextAsync(await becker.GetAsync($"{fixture.Page}/Dokumente/{version}")));
        Assert.Single(invitations, fixture.Mentions);

        var anonymous = fixture.CreateBrowser();
        var publicPacket = await TextAsync(await anonymous.GetAsync(MeetingLinks.Packet(fixture.Meeting.Number, members: false)));
        Assert.True(PdfTextContains(publicPacket, MeetingFixture.PublicTitle), publicPacket);
        var publicPage = await TextAsync(await anonymous.GetAsync(fixture.Page));
        Assert.Contains(MeetingFixture.PublicTitle, publicPage, StringComparison.Ordinal);
        Assert.Contains("N 1", publicPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_feed_lists_public_meetings_of_a_body_and_is_kept_by_caches()
    {
        var anonymous = fixture.CreateBrowser();
        using var all = await anonymous.GetAsync(MeetingLinks.PublicFeed);
        Assert.Equal("text/calendar", all.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("public", all.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var text = await all.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", text, StringComparison.Ordinal);
        Assert.Contains(fixture.Meeting.Number, Unfold(text), StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Meeting.Number, Unfold(await anonymous.GetStringAsync(MeetingLinks.PublicFeed + "?gremium=jha")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(MeetingLinks.PublicFeed + "?gremium=keins")).StatusCode);
    }

    [Fact]
    public async Task A_new_calendar_link_replaces_the_old_one_and_a_revoked_one_stops_working()
    {
        var becker = await fixture.LoginAsync(MeetingFixture.Member);
        var first = await NewCalendarLinkAsync(becker);
        var anonymous = fixture.CreateBrowser();
        var feed = Unfold(await anonymous.GetStringAsync(first));
        Assert.Contains(fixture.Meeting.Number, feed, StringComparison.Ordinal);
        Assert.False(fixture.Mentions(feed), feed);

        var second = await NewCalendarLinkAsync(becker);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(second)).StatusCode);

        var revoked = await WebAppFactory.PostFormAsync(becker, MeetingLinks.Mine, new Dictionary<string, string>(), MeetingLinks.Mine + "?handler=Widerrufen");
        Assert.Contains("widerrufen", await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(second)).StatusCode);
    }

    [Fact]
    public async Task A_calendar_secret_is_no_api_token_and_an_api_token_opens_no_calendar()
    {
        var becker = await fixture.LoginAsync(MeetingFixture.Member);
        var link = await NewCalendarLinkAsync(becker);
        var secret = link.Split('/')[^1][..^".ics".Length];
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.WithToken(secret).GetAsync("/api/papers")).StatusCode);

        var token = (await fixture.WithTokenAsync(MeetingFixture.Member)).DefaultRequestHeaders.Authorization!.Parameter!;
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.CreateBrowser().GetAsync(CalendarLinks.Path(token))).StatusCode);
    }

    private static async Task<string> NewCalendarLinkAsync(HttpClient member)
    {
        using var response = await WebAppFactory.PostFormAsync(member, MeetingLinks.Mine, new Dictionary<string, string>(), MeetingLinks.Mine + "?handler=Kalender");
        var html = await response.Content.ReadAsStringAsync();
        return CalendarPath().Match(html) is { Success: true } m ? m.Value : throw new Xunit.Sdk.XunitException("no calendar link on the page: " + html);
    }

    private static async Task<string> TextAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return response.Content.Headers.ContentType?.MediaType == "application/pdf" ? PdfText.Of(bytes) : System.Text.Encoding.UTF8.GetString(bytes);
    }

    private static bool PdfTextContains(string text, string wanted) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Contains(string.Concat(wanted.Where(c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);

    // iCalendar folds long lines (RFC 5545, 3.1): a line break followed by one space continues the line.
    private static string Unfold(string ical) => ical.Replace("\r\n ", "", StringComparison.Ordinal);


    [GeneratedRegex(@"/Sitzungen/Kalender/dsk_[A-Za-z0-9_-]+\.ics")]
    private static partial Regex CalendarPath();
}
