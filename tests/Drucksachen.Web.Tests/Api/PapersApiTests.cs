using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Api;

public sealed class PapersApiTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task A_paper_goes_its_whole_way_through_the_API_with_tokens()
    {
        var title = "Kita Erfurt-Nord " + Guid.NewGuid().ToString("N")[..8];
        var schmidt = await app.WithTokenAsync("schmidt");
        var id = await schmidt.ImportOkAsync(ApiPapers.Beschlussvorlage(title));

        var draft = await schmidt.GetJsonAsync($"/api/papers/{id}");
        Assert.Equal("draft", draft.GetProperty("state").GetString());
        var submit = Assert.Single(draft.GetProperty("actions").EnumerateArray(), a => a.GetProperty("name").GetString() == "submit");
        Assert.True(submit.GetProperty("allowed").GetBoolean());

        await schmidt.ActOkAsync(id, "submit");
        await (await app.WithTokenAsync("mueller")).ActOkAsync(id, "cosign", new { comment = "Mitgezeichnet" });
        var released = await (await app.WithTokenAsync("horn")).ActOkAsync(id, "release");
        var number = released.GetProperty("number").GetString();
        Assert.Matches(@"^\d{4}/\d{2}$", number);

        // The meetings, planned for 2030, are held today: an outcome before its meeting is refused.
        var krause = await app.WithTokenAsync("krause");
        var version = released.GetProperty("version").GetInt32();
        var today = CityDay.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await krause.ActOkAsync(id, "record", new { outcome = "recommended", vote = "12/3/1", date = today, expectedVersion = version });
        var decided = await krause.ActOkAsync(number!.Replace('/', '-'), "record", new { outcome = "approved", vote = "einstimmig", date = today });
        Assert.Equal("decided", decided.GetProperty("state").GetString());

        var detail = await krause.GetJsonAsync($"/api/papers/{id}");
        var outcomes = detail.GetProperty("consultations").EnumerateArray().Select(c => (c.GetProperty("outcome").GetString(), c.GetProperty("vote").GetString())).ToList();
        Assert.Equal([("recommended", "12/3/1"), ("approved", "einstimmig")], outcomes);

        var history = await krause.GetJsonAsync($"/api/papers/{id}/history");
        Assert.Equal(["import", "submit", "cosign", "release", "record", "record"],
            history.EnumerateArray().Select(e => e.GetProperty("action").GetString()).Where(a => a != "render").ToList());

        var documents = await app.Anonymous().GetJsonAsync($"/api/papers/{id}/documents");
        var final = documents.EnumerateArray().Last();
        Assert.True(final.GetProperty("final").GetBoolean());
        var pdf = await app.Anonymous().GetAsync(final.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4]);
        var head = await app.Anonymous().SendAsync(new HttpRequestMessage(HttpMethod.Head, final.GetProperty("url").GetString()));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("application/pdf", head.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_recorded_outcome_is_corrected_through_the_API_and_a_deferral_past_the_decision_asks_for_confirmation()
    {
        var id = await (await app.WithTokenAsync("schmidt")).ImportOkAsync(ApiPapers.Beschlussvorlage("Kita Berichtigung " + Guid.NewGuid().ToString("N")[..8]));
        await app.ReleaseAsync(id);
        var krause = await app.WithTokenAsync("krause");
        var today = CityDay.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var recorded = await krause.JsonAsync(await krause.ActAsync(id, "record", new { outcome = "recommended", date = today }), HttpStatusCode.OK);
        var entry = recorded.GetProperty("entries")[0];

        // Deferred to after the Stadtrat's decision on 20.02.2030: a 400 that says the same request with confirmed is taken.
        var correction = new { outcome = "deferred", date = today, nextDate = "2030-03-06", comment = "vertagt, nicht empfohlen" };
        var problem = await ApiClients.ProblemAsync(await krause.ActAsync(id, "correct", correction), HttpStatusCode.BadRequest);
        Assert.Equal("nextDate", problem.GetProperty("field").GetString());
        Assert.True(problem.GetProperty("needsConfirmation").GetBoolean());

        var corrected = await krause.JsonAsync(
            await krause.ActAsync(id, "correct", new { correction.outcome, correction.date, correction.nextDate, correction.comment, confirmed = true }),
            HttpStatusCode.OK);

        var correctEntry = corrected.GetProperty("entries")[0];
        Assert.Equal("correct", correctEntry.GetProperty("action").GetString());
        Assert.Equal(entry.GetProperty("sequence").GetInt32(), correctEntry.GetProperty("details").GetProperty("corrects").GetProperty("entry").GetInt32());
        Assert.Equal(entry.GetProperty("hash").GetString(), correctEntry.GetProperty("details").GetProperty("corrects").GetProperty("hash").GetString());
        var detail = await krause.GetJsonAsync($"/api/papers/{id}");
        Assert.Equal(["deferred", null, null], detail.GetProperty("consultations").EnumerateArray().Select(c => c.GetProperty("outcome").GetString()));

        var openApi = await app.Anonymous().GetJsonAsync("/api/openapi.json");
        var act = openApi.GetProperty("paths").GetProperty("/api/papers/{id}/actions/{action}").GetProperty("post");
        Assert.Contains("correct", act.GetProperty("summary").GetString());
        Assert.Contains("confirmed", openApi.GetProperty("components").GetProperty("schemas").GetProperty("ActionRequest").GetProperty("properties")
            .EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task The_list_finds_a_released_public_paper_by_words_of_its_title_and_text()
    {
        var word = "Suchwort" + Guid.NewGuid().ToString("N")[..8];
        var id = await (await app.WithTokenAsync("schmidt")).ImportOkAsync(ApiPapers.Beschlussvorlage("Kita " + word));
        var anonymous = app.Anonymous();
        Assert.Equal(0, (await anonymous.GetJsonAsync($"/api/papers?q={word}")).GetProperty("total").GetInt32());

        await app.ReleaseAsync(id);

        var page = await anonymous.GetJsonAsync($"/api/papers?q={word}&type=Beschlussvorlage&body=jha&pageSize=5");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(id, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(0, (await anonymous.GetJsonAsync($"/api/papers?q={word}&body=sag")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Sending_back_without_a_reason_is_a_400_naming_the_comment_field()
    {
        var id = await (await app.WithTokenAsync("schmidt")).ImportOkAsync(ApiPapers.Beschlussvorlage("Rückgabe " + Guid.NewGuid().ToString("N")[..8]));
        await (await app.WithTokenAsync("schmidt")).ActOkAsync(id, "submit");
        var mueller = await app.WithTokenAsync("mueller");

        var offered = Assert.Single((await mueller.GetJsonAsync($"/api/papers/{id}")).GetProperty("actions").EnumerateArray(), a => a.GetProperty("name").GetString() == "return");
        var problem = await ApiClients.ProblemAsync(await mueller.ActAsync(id, "return"), HttpStatusCode.BadRequest);
        var returned = await mueller.ActOkAsync(id, "return", new { comment = "Zahlen fehlen" });

        Assert.True(offered.GetProperty("reasonRequired").GetBoolean());
        Assert.Equal("comment", problem.GetProperty("field").GetString());
        Assert.Equal("draft", returned.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Bad_front_matter_is_a_400_with_file_and_line()
    {
        var response = await (await app.WithTokenAsync("schmidt")).ImportAsync(ApiPapers.MalformedFrontMatter, "kita.md");

        var problem = await ApiClients.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("kita.md:3: malformed front matter", problem.GetProperty("detail").GetString());
        Assert.Equal("kita.md", problem.GetProperty("file").GetString());
        Assert.Equal(3, problem.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Several_papers_import_as_JSON_all_or_none()
    {
        var schmidt = await app.WithTokenAsync("schmidt");
        var good = ApiPapers.Beschlussvorlage("Kita JSON " + Guid.NewGuid().ToString("N")[..8]);

        var bad = await schmidt.PostAsJsonAsync("/api/papers", new { papers = new[] { new { name = "a.md", markdown = good }, new { name = "b.md", markdown = ApiPapers.MalformedFrontMatter } } });
        var problem = await ApiClients.ProblemAsync(bad, HttpStatusCode.BadRequest);
        Assert.Equal("b.md", problem.GetProperty("file").GetString());

        var ok = await schmidt.PostAsJsonAsync("/api/papers", new { papers = new[] { new { name = "a.md", markdown = good } } });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
    }

    [Fact]
    public async Task Importing_501_papers_with_the_last_bad_stores_none_not_the_first_500()
    {
        var admin = await app.WithTokenAsync("admin");
        var before = (await admin.JsonAsync(await admin.PostAsync("/api/verify", null), HttpStatusCode.OK)).GetProperty("papers").GetInt32();
        var papers = Enumerable.Range(0, 500).Select(i => new { name = $"{i}.md", markdown = ApiPapers.Beschlussvorlage($"Viele {i}") })
            .Append(new { name = "500.md", markdown = ApiPapers.Beschlussvorlage("Die letzte").Replace("author: schmidt", "author: schmidt\nnumber: 1803/22") })
            .ToList();

        var response = await admin.PostAsJsonAsync("/api/papers", new { papers });

        await ApiClients.ProblemAsync(response, HttpStatusCode.Conflict);
        var after = (await admin.JsonAsync(await admin.PostAsync("/api/verify", null), HttpStatusCode.OK)).GetProperty("papers").GetInt32();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Malformed_JSON_is_a_400_problem()
    {
        var response = await (await app.WithTokenAsync("krause")).PostAsync("/api/papers/1803-22/actions/record",
            new StringContent("{ outcome: ", Encoding.UTF8, "application/json"));

        var problem = await ApiClients.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("field 'body': malformed JSON", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_paper_is_a_404_problem()
    {
        var response = await app.Anonymous().GetAsync("/api/papers/0001-99");

        var problem = await ApiClients.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("no paper '0001-99' (give its number, like 1803/22, or its id)", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_409_with_the_CLI_message()
    {
        var schmidt = await app.WithTokenAsync("schmidt");
        var id = await schmidt.ImportOkAsync(ApiPapers.Beschlussvorlage("Kita " + Guid.NewGuid().ToString("N")[..8]));
        var current = (await schmidt.GetJsonAsync($"/api/papers/{id}")).GetProperty("version").GetInt32();
        var reference = (await schmidt.GetJsonAsync($"/api/papers/{id}")).GetProperty("reference").GetString();

        var response = await schmidt.ActAsync(id, "submit", new { expectedVersion = current - 1 });

        var problem = await ApiClients.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal($"Drucksache {reference} was changed meanwhile (you saw version {current - 1}, it is now {current}); reload and try again",
            problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_council_member_may_read_a_public_paper_but_not_act_on_it()
    {
        var becker = await app.WithTokenAsync("becker");
        await becker.GetJsonAsync("/api/papers/1803-22");

        var response = await becker.ActAsync("1803-22", "record", new { outcome = "noted" });

        var problem = await ApiClients.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.StartsWith("Drucksache 1803/22: ", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_council_member_may_not_import()
    {
        var response = await (await app.WithTokenAsync("becker")).ImportAsync(ApiPapers.Beschlussvorlage("Kita"));

        var problem = await ApiClients.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("becker may not import papers (allowed: authors for their office, clerks, admins)", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Anonymous_callers_may_not_change_anything()
    {
        var anonymous = app.Anonymous();

        await ApiClients.ProblemAsync(await anonymous.ImportAsync(ApiPapers.Beschlussvorlage("Kita")), HttpStatusCode.Unauthorized);
        await ApiClients.ProblemAsync(await anonymous.ActAsync("1803-22", "record", new { outcome = "noted" }), HttpStatusCode.Unauthorized);
        await ApiClients.ProblemAsync(await anonymous.PostAsync("/api/verify", null), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Verify_is_for_clerks_and_tick_for_administrators()
    {
        var verified = await (await app.WithTokenAsync("krause")).JsonAsync(
            await (await app.WithTokenAsync("krause")).PostAsync("/api/verify", null), HttpStatusCode.OK);
        Assert.True(verified.GetProperty("isIntact").GetBoolean());
        await ApiClients.ProblemAsync(await (await app.WithTokenAsync("becker")).PostAsync("/api/verify", null), HttpStatusCode.Forbidden);

        await ApiClients.ProblemAsync(await (await app.WithTokenAsync("krause")).PostAsJsonAsync("/api/tick", new { }), HttpStatusCode.Forbidden);
        var admin = await app.WithTokenAsync("admin");
        await admin.JsonAsync(await admin.PostAsJsonAsync("/api/tick", new { now = "2022-10-30T08:00:00+01:00" }), HttpStatusCode.OK);
        var bad = await admin.PostAsJsonAsync("/api/tick", new { now = "gestern" });
        Assert.Equal("now", (await ApiClients.ProblemAsync(bad, HttpStatusCode.BadRequest)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Checkpoint_is_for_administrators_and_verify_holds_the_history_against_it()
    {
        var clerk = await app.WithTokenAsync("krause");
        await ApiClients.ProblemAsync(await clerk.PostAsync("/api/checkpoint", null), HttpStatusCode.Forbidden);
        var admin = await app.WithTokenAsync("admin");

        var checkpoint = await admin.JsonAsync(await admin.PostAsync("/api/checkpoint", null), HttpStatusCode.OK);

        Assert.Equal("drucksachen-checkpoint/2", checkpoint.GetProperty("format").GetString());
        Assert.Matches("^[0-9a-f]{64}$", checkpoint.GetProperty("meetingHash").GetString());
        Assert.False(checkpoint.TryGetProperty("coversMeetings", out _));
        Assert.True(checkpoint.GetProperty("entries").GetInt64() >= 5);
        Assert.Matches("^[0-9a-f]{64}$", checkpoint.GetProperty("hash").GetString());
        var verified = await clerk.JsonAsync(await clerk.PostAsJsonAsync("/api/verify", new { checkpoint }), HttpStatusCode.OK);
        Assert.True(verified.GetProperty("isIntact").GetBoolean());
        Assert.Equal(JsonValueKind.Null, verified.GetProperty("checkpointMismatch").ValueKind);

        var forged = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(checkpoint.GetRawText())!;
        forged["entries"] = JsonSerializer.SerializeToElement(checkpoint.GetProperty("entries").GetInt64() + 1);
        var against = await clerk.JsonAsync(await clerk.PostAsJsonAsync("/api/verify", new { checkpoint = forged }), HttpStatusCode.OK);
        Assert.False(against.GetProperty("isIntact").GetBoolean());
        Assert.Contains("entries made before the checkpoint were removed", against.GetProperty("checkpointMismatch").GetString());

        forged = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(checkpoint.GetRawText())!;
        forged["meetingEntries"] = JsonSerializer.SerializeToElement(checkpoint.GetProperty("meetingEntries").GetInt64() + 1);
        var meetings = await clerk.JsonAsync(await clerk.PostAsJsonAsync("/api/verify", new { checkpoint = forged }), HttpStatusCode.OK);
        Assert.Contains("entries of meetings made before the checkpoint were removed", meetings.GetProperty("checkpointMismatch").GetString());
    }

    [Theory]
    [InlineData("1000/0/0")]
    [InlineData("99999999999/0/0")]
    [InlineData("abc")]
    [InlineData("")]
    public async Task A_vote_that_is_not_one_is_refused_naming_the_field(string vote)
    {
        var clerk = await app.WithTokenAsync("krause");

        var response = await clerk.ActAsync("1803-22", "record", new { outcome = "noted", vote });

        Assert.Equal("vote", (await ApiClients.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Unknown_API_routes_and_bad_query_values_are_problems_too()
    {
        await ApiClients.ProblemAsync(await app.Anonymous().GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
        await ApiClients.ProblemAsync(await app.Anonymous().GetAsync("/api/papers?year=zwanzig"), HttpStatusCode.BadRequest);
        await ApiClients.ProblemAsync(await app.Anonymous().GetAsync("/api/papers?pageSize=1000"), HttpStatusCode.BadRequest);
    }
}
