using System.Globalization;
using System.Text.RegularExpressions;
using Drucksachen.Core.Storage;
using Drucksachen.Core.Users;
using Drucksachen.Testing;

namespace Drucksachen.Web.Tests.OParl;

/// <summary>The whole API, crawled from the System object and checked against schemas and prose.</summary>
[Collection(OParlCollection.Name)]
public sealed class OParlCrawlTests(OParlFixture fixture)
{
    [Fact]
    public async Task Every_object_reachable_from_the_system_is_valid()
    {
        var crawl = await fixture.CrawlAsync();

        Assert.True(crawl.Errors.Count == 0, string.Join("\n", crawl.Errors.Take(40)));
        foreach (var type in fixture.Schemas.Types)
            Assert.True(crawl.OfType(type).Any(), $"the crawl found no {type}");
        Assert.True(crawl.FilesDownloaded > 0);
    }

    [Fact]
    public async Task Papers_carry_number_consultations_and_files()
    {
        var crawl = await fixture.CrawlAsync(checkFiles: false);
        var demo = crawl.OfType("Paper").Single(p => p["reference"]?.GetValue<string>() == "1803/22");

        Assert.Equal("Informationsvorlage", demo["paperType"]!.GetValue<string>());
        Assert.DoesNotContain("1803", demo["id"]!.GetValue<string>());
        var consultations = demo["consultation"]!.AsArray();
        Assert.Equal(2, consultations.Count);
        // The Dienstberatung OB does not meet in public: its meetings are not published.
        Assert.Null(consultations[0]!["agendaItem"]);
        Assert.Null(consultations[0]!["meeting"]);
        Assert.Equal("application/pdf", demo["mainFile"]!["mimeType"]!.GetValue<string>());
        Assert.Equal(128, demo["mainFile"]!["sha512Checksum"]!.GetValue<string>().Length);
    }

    [Fact]
    public async Task A_held_meeting_is_published_with_state_times_place_members_documents_and_agenda()
    {
        var crawl = await fixture.CrawlAsync(checkFiles: false);
        var meeting = crawl.Objects[$"http://localhost/oparl/meetings/{fixture.Meeting.Id}"];

        Assert.Equal("durchgeführt", meeting["meetingState"]!.GetValue<string>());
        Assert.False(meeting["cancelled"]!.GetValue<bool>());
        var date = fixture.Meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Matches($@"^{date}T17:00:00\+0[12]:00$", meeting["start"]!.GetValue<string>());
        Assert.Matches($@"^{date}T19:45:00\+0[12]:00$", meeting["end"]!.GetValue<string>());
        Assert.Equal("Rathaus, Fischmarkt 1, Raum 225", meeting["location"]!["description"]!.GetValue<string>());
        Assert.Equal(["http://localhost/oparl/organizations/sag"], meeting["organization"]!.AsArray().Select(o => o!.GetValue<string>()));
        // Those recorded present, not the excused member nor the others invited; persons are named, their logins never published.
        var users = fixture.Get<IUserDirectory>();
        var present = new List<string>();
        foreach (var login in new[] { "becker", "wolf", "richter" }) present.Add((await users.FindAsync(login, CancellationToken.None))!.Name);
        Assert.Contains("Maria Becker", present);
        var participants = meeting["participant"]!.AsArray().Select(p => crawl.Objects[p!.GetValue<string>()]).ToList();
        Assert.Equal(present.Order(StringComparer.Ordinal), participants.Select(p => p["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(participants, p => p["id"]!.GetValue<string>().EndsWith("/becker", StringComparison.Ordinal));
        Assert.StartsWith("Einladung", meeting["invitation"]!["name"]!.GetValue<string>());
        Assert.StartsWith("Niederschrift", meeting["resultsProtocol"]!["name"]!.GetValue<string>());

        var items = meeting["agendaItem"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.Equal(Enumerable.Range(1, items.Count), items.Select(i => i["order"]!.GetValue<int>()));
        var open = items.Single(i => i["name"]!.GetValue<string>() == OParlFixture.AgendaTitle);
        Assert.Matches(@"^Ö \d+\.1$", open["number"]!.GetValue<string>());
        Assert.True(open["public"]!.GetValue<bool>());
        Assert.Equal("geändert beschlossen (4 Ja, 1 Nein, 0 Enthaltungen)", open["result"]!.GetValue<string>());
        Assert.Equal(OParlFixture.ChangedResolution, open["resolutionText"]!.GetValue<string>());
        var consultation = crawl.Objects[open["consultation"]!.GetValue<string>()];
        Assert.Equal(meeting["id"]!.GetValue<string>(), consultation["meeting"]!.GetValue<string>());
        Assert.Equal(open["id"]!.GetValue<string>(), consultation["agendaItem"]!.GetValue<string>());
        Assert.Equal($"http://localhost/oparl/papers/{fixture.AgendaPaperId}", consultation["paper"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_location_lists_its_meetings_and_changes_with_the_newest_of_them()
    {
        var crawl = await fixture.CrawlAsync(checkFiles: false);
        var meeting = crawl.Objects[$"http://localhost/oparl/meetings/{fixture.Meeting.Id}"];
        using var response = await fixture.Client.GetAsync(meeting["location"]!["id"]!.GetValue<string>());
        var location = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        var meetings = location["meetings"]!.AsArray().Select(m => crawl.Objects[m!.GetValue<string>()]).ToList();
        Assert.Contains(meeting["id"]!.GetValue<string>(), meetings.Select(m => m["id"]!.GetValue<string>()));
        Assert.Equal(meetings.Max(m => Time(m["modified"]!)), Time(location["modified"]!));
    }

    private static DateTimeOffset Time(System.Text.Json.Nodes.JsonNode value) =>
        DateTimeOffset.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_non_public_item_shows_only_its_number_and_its_title_appears_nowhere()
    {
        var crawl = await fixture.CrawlAsync();
        var meeting = crawl.Objects[$"http://localhost/oparl/meetings/{fixture.Meeting.Id}"];

        // The non-public part: its standard items and the paper's item (N x.1), each by number only.
        var closed = meeting["agendaItem"]!.AsArray().Select(i => i!.AsObject()).Where(i => !i["public"]!.GetValue<bool>()).ToList();
        Assert.Contains(closed, i => Regex.IsMatch(i["number"]!.GetValue<string>(), @"^N \d+\.1$"));
        Assert.All(closed, i => Assert.Equal("nichtöffentlich", i["name"]!.GetValue<string>()));
        Assert.All(closed, i => Assert.Equal(["created", "id", "modified", "name", "number", "order", "public", "type"], i.Select(p => p.Key).Order()));
        Assert.DoesNotContain(OParlFixture.SecretItemTitle, string.Join("\n", crawl.Bodies));
        Assert.Contains(crawl.Contents, c => PdfText.Contains(c, OParlFixture.AgendaTitle));
        Assert.DoesNotContain(crawl.Contents, c => PdfText.Contains(c, OParlFixture.SecretItemTitle));
    }

    [Fact]
    public async Task Only_stored_public_meetings_are_published_and_a_consultation_off_any_meeting_has_none()
    {
        var crawl = await fixture.CrawlAsync(checkFiles: false);
        var stored = await fixture.Get<IMeetingReads>().ListAsync(new MeetingQuery(Bodies: []), CancellationToken.None);

        Assert.Equal(stored.Select(m => $"http://localhost/oparl/meetings/{m.Id}").Order(), crawl.OfType("Meeting").Select(m => m["id"]!.GetValue<string>()).Order());
        var items = crawl.OfType("Meeting").SelectMany(m => m["agendaItem"]!.AsArray()).Select(i => i!["id"]!.GetValue<string>()).ToHashSet();
        Assert.Equal(items.Order(), crawl.OfType("AgendaItem").Select(i => i["id"]!.GetValue<string>()).Order());
        // Papers recorded without a meeting (the workflow's record action) keep their outcome but name no meeting.
        var recorded = crawl.OfType("Consultation").Where(c => c["agendaItem"] is null).ToList();
        Assert.NotEmpty(recorded);
        Assert.All(recorded, c => Assert.Null(c["meeting"]));
    }

    [Fact]
    public async Task Council_members_are_persons_with_name_and_memberships_only()
    {
        var crawl = await fixture.CrawlAsync(checkFiles: false);
        var persons = crawl.OfType("Person").ToList();
        Assert.Equal(["Aylin Yilmaz", "Klaus Neumann", "Maria Becker", "Peter Koch", "Sabine Richter", "Thomas Wolf"],
            persons.Select(p => p["name"]!.GetValue<string>()).Order());
        var person = persons.Single(p => p["name"]!.GetValue<string>() == "Maria Becker");

        Assert.Equal(["body", "created", "id", "membership", "modified", "name", "type"], person.Select(p => p.Key).Order());
        Assert.DoesNotContain("becker", person["id"]!.GetValue<string>());
        Assert.Equal(2, person["membership"]!.AsArray().Count);
        var all = string.Join("\n", crawl.Bodies);
        foreach (var login in new[] { "\"becker\"", "krause", "mueller", "horn", "Sabine Krause", "Anja Müller" })
            Assert.DoesNotContain(login, all);
    }

    [Fact]
    public async Task Created_and_modified_stay_within_the_ids_of_immutable_keys()
    {
        var crawl = await fixture.CrawlAsync(checkFiles: false);
        foreach (var (id, _) in crawl.Objects)
            Assert.Matches(@"^http://localhost/oparl(/(bodies|organizations|persons|memberships|meetings|agenda-items|papers|consultations|files|legislative-terms|locations)/[A-Za-z0-9%\-]+)?$", id);
        Assert.All(crawl.OfType("Meeting"), m => Assert.Matches(@"/meetings/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", m["id"]!.GetValue<string>()));
    }
}
