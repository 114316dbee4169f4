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
        // The Dienstberatung OB is not public: its meeting exists, but it has no agenda item.
        Assert.Null(consultations[0]!["agendaItem"]);
        Assert.NotNull(consultations[1]!["agendaItem"]);
        var meeting = crawl.Objects[consultations[0]!["meeting"]!.GetValue<string>()];
        Assert.Null(meeting["agendaItem"]);
        Assert.Equal("durchgeführt", meeting["meetingState"]!.GetValue<string>());
        Assert.Equal("application/pdf", demo["mainFile"]!["mimeType"]!.GetValue<string>());
        Assert.Equal(128, demo["mainFile"]!["sha512Checksum"]!.GetValue<string>().Length);
    }

    [Fact]
    public async Task Decided_papers_show_the_result_and_the_vote_at_the_public_agenda_item()
    {
        var crawl = await fixture.CrawlAsync(checkFiles: false);
        var results = crawl.OfType("AgendaItem").Select(a => a["result"]?.GetValue<string>()).OfType<string>().ToList();

        Assert.Contains("beschlossen (30 Ja, 5 Nein, 2 Enthaltungen)", results);
        Assert.Contains("empfohlen (einstimmig)", results);
        Assert.Contains(crawl.OfType("Consultation"), c => c["authoritative"]!.GetValue<bool>());
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
        Assert.All(crawl.OfType("Meeting"), m => Assert.Matches(@"/meetings/[a-z]+-\d{8}$", m["id"]!.GetValue<string>()));
    }
}
