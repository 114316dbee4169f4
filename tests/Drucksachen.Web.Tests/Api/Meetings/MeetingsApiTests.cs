using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Drucksachen.Testing;

namespace Drucksachen.Web.Tests.Api.Meetings;

/// <summary>
/// /api/meetings for each kind of caller: the clerk who ran the meeting sees and changes it all;
/// the body's members see the non-public part; anonymous callers and a council member of another
/// body get the public view, in which no non-public title or paper appears, by any route.
/// </summary>
public sealed class MeetingsApiTests(HeldMeetingFixture meeting) : IClassFixture<HeldMeetingFixture>
{
    public static TheoryData<string> Outsiders => ["anonymous", "weber"];

    public static TheoryData<string> Entitled => ["krause", "becker", "horn"];

    [Fact]
    public void The_clerk_ran_the_meeting_from_planning_to_minutes()
    {
        var closed = meeting.Changes[^1];

        Assert.Equal(("held", "durchgeführt", "19:45"), (closed.GetProperty("meeting").GetProperty("state").GetString(),
            closed.GetProperty("meeting").GetProperty("stateLabel").GetString(), closed.GetProperty("meeting").GetProperty("end").GetString()));
        Assert.Equal(["invitation", "invitation", "minutes", "minutes"],
            closed.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("kind").GetString()));
        Assert.Equal(meeting.Changes.Count, closed.GetProperty("meeting").GetProperty("version").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Entitled))]
    public async Task Staff_and_members_of_the_body_see_the_non_public_part(string who)
    {
        var client = await meeting.WithTokenAsync(who);

        var detail = await client.GetJsonAsync($"/api/meetings/{meeting.UrlNumber}");

        var secret = Item(detail, meeting.HiddenItems[0]);
        Assert.Equal((meeting.SecretPaper, false, "noted"), (secret.GetProperty("paper").GetString(), secret.GetProperty("hidden").GetBoolean(),
            secret.GetProperty("outcome").GetString()));
        Assert.Contains(meeting.ItemWord, Item(detail, meeting.HiddenItems[1]).GetProperty("title").GetString());
        Assert.Equal(4, detail.GetProperty("documents").GetArrayLength());
        var members = await client.GetAsync($"/api/meetings/{meeting.Id}/packet?edition=members");
        Assert.Equal(HttpStatusCode.OK, members.StatusCode);
        Assert.True(PdfText.Contains(await members.Content.ReadAsByteArrayAsync(), meeting.Word));
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Outsiders_see_the_public_view_without_a_non_public_title_or_paper(string who)
    {
        var client = await ClientAsync(who);

        var detail = await client.GetJsonAsync($"/api/meetings/{meeting.Id}");
        var list = await client.GetAsync("/api/meetings?body=sag&from=2022-01-01&to=2022-12-31");

        Assert.False(meeting.Mentions(detail.GetRawText()), detail.GetRawText());
        Assert.All(meeting.HiddenItems, number =>
        {
            var item = Item(detail, number);
            Assert.True(item.GetProperty("hidden").GetBoolean());
            Assert.Equal("nichtöffentlich", item.GetProperty("title").GetString());
            Assert.Equal(JsonValueKind.Null, item.GetProperty("paper").ValueKind);
        });
        Assert.Equal("Förderung der Quartiersarbeit am Herrenberg", Item(detail, "Ö 4.1").GetProperty("title").GetString());
        var text = await list.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains(meeting.Number, text);
        Assert.False(meeting.Mentions(text));
        Assert.Equal([true, true], detail.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("public").GetBoolean()));
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Outsiders_get_the_public_documents_and_a_404_for_the_members_editions(string who)
    {
        var client = await ClientAsync(who);
        var all = await (await meeting.WithTokenAsync("krause")).GetJsonAsync($"/api/meetings/{meeting.Id}");

        foreach (var document in all.GetProperty("documents").EnumerateArray())
        {
            var response = await client.GetAsync($"/api/meetings/{meeting.Id}/documents/{document.GetProperty("version").GetInt32()}");
            var body = await response.Content.ReadAsByteArrayAsync();
            if (document.GetProperty("public").GetBoolean())
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
                Assert.False(PdfText.Contains(body, meeting.Word));
                Assert.False(PdfText.Contains(body, meeting.ItemWord));
            }
            else
            {
                var problem = await ApiClients.ProblemAsync(response, HttpStatusCode.NotFound);
                Assert.False(meeting.Mentions(problem.GetRawText()));
            }
        }
        var publicPacket = await client.GetAsync($"/api/meetings/{meeting.UrlNumber}/packet");
        Assert.Equal(HttpStatusCode.OK, publicPacket.StatusCode);
        Assert.Equal($"Sitzungsmappe-{meeting.UrlNumber}-oeffentlich.pdf", publicPacket.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.False(PdfText.Contains(await publicPacket.Content.ReadAsByteArrayAsync(), meeting.Word));
        var membersPacket = await client.GetAsync($"/api/meetings/{meeting.Id}/packet?edition=members");
        Assert.False(meeting.Mentions((await ApiClients.ProblemAsync(membersPacket, HttpStatusCode.NotFound)).GetRawText()));
    }

    [Theory]
    [InlineData("anonymous", HttpStatusCode.Unauthorized)]
    [InlineData("weber", HttpStatusCode.Forbidden)]
    [InlineData("becker", HttpStatusCode.Forbidden)]
    [InlineData("horn", HttpStatusCode.Forbidden)]
    public async Task Only_clerks_change_meetings(string who, HttpStatusCode refused)
    {
        var client = await ClientAsync(who);
        var before = (await (await meeting.WithTokenAsync("krause")).GetJsonAsync($"/api/meetings/{meeting.Id}")).GetProperty("meeting").GetProperty("version").GetInt32();

        foreach (var (url, body) in new (string, object)[]
                 {
                     ("/api/meetings", new { body = "sag", date = "2022-11-24" }),
                     ($"/api/meetings/{meeting.Id}/items", new { title = "Noch ein Punkt" }),
                     ($"/api/meetings/{meeting.Id}/items/{Uri.EscapeDataString(meeting.HiddenItems[0])}/record", new { outcome = "approved" }),
                     ($"/api/meetings/{meeting.Id}/items/N1/remove", new { }),
                     ($"/api/meetings/{meeting.Id}/cancel", new { reason = "x" }),
                     ($"/api/meetings/{meeting.Id}/reschedule", new { location = "x" }),
                     ($"/api/meetings/{meeting.Id}/due", null!),
                 })
        {
            var response = body is null ? await client.GetAsync(url) : await client.PostAsJsonAsync(url, body);
            var problem = await ApiClients.ProblemAsync(response, refused);
            Assert.False(meeting.Mentions(problem.GetRawText()), $"{url}: {problem}");
        }
        var after = (await (await meeting.WithTokenAsync("krause")).GetJsonAsync($"/api/meetings/{meeting.Id}")).GetProperty("meeting").GetProperty("version").GetInt32();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_change_to_a_held_meeting_is_refused_and_a_stale_version_is_a_conflict()
    {
        var clerk = await meeting.WithTokenAsync("krause");
        var detail = await clerk.GetAsync($"/api/meetings/{meeting.Id}");
        var etag = detail.Headers.ETag?.Tag;
        Assert.NotNull(etag);

        var closed = await clerk.PostAsJsonAsync($"/api/meetings/{meeting.Id}/items", new { title = "Nachzügler" });
        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/meetings/{meeting.Id}/cancel") { Content = JsonContent.Create(new { reason = "x" }) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var conflict = await clerk.SendAsync(stale);
        var unreadable = new HttpRequestMessage(HttpMethod.Post, $"/api/meetings/{meeting.Id}/cancel") { Content = JsonContent.Create(new { reason = "x" }) };
        unreadable.Headers.TryAddWithoutValidation("If-Match", "\"vier\"");

        Assert.Contains("is durchgeführt", (await ApiClients.ProblemAsync(closed, HttpStatusCode.Forbidden)).GetProperty("detail").GetString());
        Assert.Contains("was changed meanwhile (you saw version 1", (await ApiClients.ProblemAsync(conflict, HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal("If-Match", (await ApiClients.ProblemAsync(await clerk.SendAsync(unreadable), HttpStatusCode.BadRequest)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_planned_meeting_moves_to_another_day_and_a_held_one_does_not()
    {
        var clerk = await meeting.WithTokenAsync("krause");
        var created = await clerk.JsonAsync(await clerk.PostAsJsonAsync("/api/meetings", new { body = "hfa", date = "2022-11-24" }), HttpStatusCode.Created);
        var id = created.GetProperty("meeting").GetProperty("id").GetString();

        var moved = await clerk.JsonAsync(await clerk.PostAsJsonAsync($"/api/meetings/{id}/reschedule",
            new { date = "2022-11-25", start = "16:00", expectedVersion = created.GetProperty("meeting").GetProperty("version").GetInt32() }), HttpStatusCode.OK);
        var held = await clerk.PostAsJsonAsync($"/api/meetings/{meeting.Id}/reschedule", new { start = "18:00" });

        Assert.Equal(("2022-11-25", "16:00"), (moved.GetProperty("meeting").GetProperty("date").GetString(), moved.GetProperty("meeting").GetProperty("start").GetString()));
        Assert.Contains("is durchgeführt", (await ApiClients.ProblemAsync(held, HttpStatusCode.Forbidden)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_meeting_is_a_404_that_names_it_as_the_caller_wrote_it()
    {
        var response = await meeting.Anonymous().GetAsync("/api/meetings/SAG-099-2022");

        var problem = await ApiClients.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("no meeting 'SAG-099-2022' (give its number, like SAG/001/2026, or its id)", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Bad_input_names_the_field()
    {
        var clerk = await meeting.WithTokenAsync("krause");

        var response = await clerk.PostAsJsonAsync("/api/meetings", new { body = "sag", date = "2022-11-24", start = "25:00" });

        var problem = await ApiClients.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(("start", "'25:00' is not a time of day (HH:MM)"), (problem.GetProperty("field").GetString(), problem.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_meeting_routes()
    {
        var document = await meeting.Anonymous().GetJsonAsync("/api/openapi.json");
        var paths = document.GetProperty("paths");

        foreach (var path in new[]
                 {
                     "/api/meetings", "/api/meetings/{id}", "/api/meetings/{id}/history", "/api/meetings/{id}/documents/{version}", "/api/meetings/{id}/packet",
                     "/api/meetings/{id}/schedule", "/api/meetings/{id}/items", "/api/meetings/{id}/items/{number}/move",
                     "/api/meetings/{id}/items/{number}/remove", "/api/meetings/{id}/invite", "/api/meetings/{id}/attendance",
                     "/api/meetings/{id}/items/{number}/record", "/api/meetings/{id}/close", "/api/meetings/{id}/cancel",
                     "/api/meetings/{id}/reschedule",
                 })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
        }
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Outsiders_read_the_history_with_the_non_public_items_by_their_numbers_only(string who)
    {
        var history = await (await ClientAsync(who)).GetJsonAsync($"/api/meetings/{meeting.UrlNumber}/history");

        Assert.False(meeting.Mentions(history.GetRawText()), history.GetRawText());
        var aboutHidden = history.EnumerateArray().Where(e => meeting.HiddenItems.Contains(e.GetProperty("details").TryGetProperty("item", out var item) ? item.GetString() : null)).ToList();
        Assert.NotEmpty(aboutHidden);
        Assert.All(aboutHidden, e => Assert.True(e.GetProperty("withheld").GetBoolean()));
        Assert.All(history.EnumerateArray(), e => Assert.Equal(JsonValueKind.Null, e.GetProperty("actor").ValueKind));
        Assert.Equal("close", history.EnumerateArray().Last().GetProperty("action").GetString());
    }

    [Theory]
    [MemberData(nameof(Entitled))]
    public async Task Staff_and_members_of_the_body_read_the_whole_history_and_staff_also_who_acted(string who)
    {
        var history = await (await meeting.WithTokenAsync(who)).GetJsonAsync($"/api/meetings/{meeting.Id}/history");

        Assert.True(meeting.Mentions(history.GetRawText()), history.GetRawText());
        Assert.All(history.EnumerateArray(), e => Assert.False(e.GetProperty("withheld").GetBoolean()));
        Assert.All(history.EnumerateArray(), e => Assert.Equal(who == "becker" ? null : "krause", e.GetProperty("actor").GetString()));
    }

    private async Task<HttpClient> ClientAsync(string who) => who == "anonymous" ? meeting.Anonymous() : await meeting.WithTokenAsync(who);

    private static JsonElement Item(JsonElement detail, string number) =>
        detail.GetProperty("agenda").EnumerateArray().Single(i => i.GetProperty("number").GetString() == number);
}
