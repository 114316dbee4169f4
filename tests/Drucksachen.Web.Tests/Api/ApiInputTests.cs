using System.Net;
using System.Net.Http.Json;
using System.Text;
using Drucksachen.Core.Input;
using Drucksachen.Web.Tests.TestSupport;

namespace Drucksachen.Web.Tests.Api;

/// <summary>What the API takes in and how it says no: limits, content types, paging and field names.</summary>
public sealed class ApiInputTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task A_body_over_the_limit_got_a_500_page_and_gets_413_problem_json()
    {
        var schmidt = await app.WithTokenAsync("schmidt");
        var body = new ByteArrayContent(new byte[InputLimits.RequestBodyBytes + 1]);
        body.Headers.ContentType = new("text/markdown");

        var response = await schmidt.PostAsync("/api/papers", body);

        var problem = await ApiClients.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("16,777,216 bytes", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_11_MB_paper_was_stored_and_is_refused_naming_the_file()
    {
        var markdown = ApiPapers.Beschlussvorlage("Riesig") + new string('x', 11 * 1024 * 1024);

        var response = await (await app.WithTokenAsync("schmidt")).ImportAsync(markdown, "riesig.md");

        var problem = await ApiClients.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("riesig.md", problem.GetProperty("file").GetString());
        Assert.Contains("larger than 1,000,000 bytes", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_control_character_in_a_JSON_import_was_stored_and_is_refused()
    {
        var markdown = ApiPapers.Beschlussvorlage("Titel\u001b[2J mit Steuerzeichen");

        var response = await (await app.WithTokenAsync("schmidt")).PostAsJsonAsync("/api/papers",
            new { papers = new[] { new { name = "steuer.md", markdown } } });

        var problem = await ApiClients.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("steuer.md", problem.GetProperty("file").GetString());
        Assert.Contains("U+001B", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task More_papers_than_the_limit_in_one_request_are_refused()
    {
        var paper = new { name = "a.md", markdown = ApiPapers.Beschlussvorlage("Viele") };

        var response = await (await app.WithTokenAsync("schmidt")).PostAsJsonAsync("/api/papers",
            new { papers = Enumerable.Repeat(paper, InputLimits.PapersPerRequest + 1).ToArray() });

        var problem = await ApiClients.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("papers", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_unaccepted_content_type_got_415_without_detail_and_gets_the_accepted_types()
    {
        var response = await (await app.WithTokenAsync("schmidt")).PostAsync("/api/papers",
            new StringContent("<paper/>", Encoding.UTF8, "application/xml"));

        var problem = await ApiClients.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("application/json", detail);
        Assert.Contains("text/markdown", detail);
        Assert.Contains("'application/xml", detail);
    }

    [Fact]
    public async Task Import_as_text_plain_was_refused_and_is_read_as_Markdown()
    {
        var response = await (await app.WithTokenAsync("schmidt")).PostAsync("/api/papers?name=klar.md",
            new StringContent(ApiPapers.Beschlussvorlage("Als Klartext gesendet"), Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Page_2147483647_returned_page_1_and_returns_an_empty_page()
    {
        var page = await app.Anonymous().GetJsonAsync("/api/papers?page=2147483647");

        Assert.Empty(page.GetProperty("items").EnumerateArray());
        Assert.Equal(int.MaxValue, page.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task A_value_of_the_wrong_kind_named_a_dotnet_type_and_is_described_plainly()
    {
        var response = await (await app.WithTokenAsync("krause")).PostAsync("/api/papers/1803-22/actions/record",
            new StringContent("""{ "outcome": "noted", "expectedVersion": "drei" }""", Encoding.UTF8, "application/json"));

        var detail = (await ApiClients.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("detail").GetString()!;
        Assert.DoesNotContain("System.", detail);
        Assert.Contains("$.expectedVersion", detail);
    }

    [Fact]
    public async Task A_missing_next_date_was_named_next_date_and_is_named_nextDate_as_the_API_calls_it()
    {
        var response = await (await app.WithTokenAsync("krause")).ActAsync("1803-22", "record", new { outcome = "deferred" });

        var problem = await ApiClients.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("nextDate", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_unknown_action_was_403_and_is_400()
    {
        var response = await (await app.WithTokenAsync("krause")).ActAsync("1803-22", "fliegen");

        var problem = await ApiClients.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("action", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_token_name_of_1_MB_was_accepted_and_is_refused()
    {
        var response = await (await app.WithTokenAsync("mueller")).PostAsJsonAsync("/api/tokens", new { name = new string('n', 1024 * 1024) });

        var problem = await ApiClients.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("name", problem.GetProperty("field").GetString());
        Assert.Contains($"at most {InputLimits.TokenNameChars}", problem.GetProperty("detail").GetString());
    }
}
