using Drucksachen.Web.Features.Papers;

namespace Drucksachen.Web.Tests.Features.Papers;

/// <summary>
/// A stored section nested too deeply made every view of its paper fail with 500 after about a
/// minute of CPU; it shows as plain text now.
/// </summary>
public sealed class MarkdownHtmlTests
{
    private readonly MarkdownHtml _markdown = new();

    [Fact]
    public void Quotes_nested_100000_deep_made_the_page_fail_and_show_as_plain_text()
    {
        var html = _markdown.Render(new string('>', 100_000) + " Zitat am Grund");

        Assert.Equal("<p>Zitat am Grund</p>\n", html);
    }

    [Fact]
    public void Lists_nested_3000_levels_made_the_page_fail_and_show_as_plain_text()
    {
        var html = _markdown.Render(string.Concat(Enumerable.Repeat("- ", 3_000)) + "Grund");

        Assert.Equal("<p>Grund</p>\n", html);
    }

    [Fact]
    public void Emphasis_nested_beyond_Markdigs_limit_shows_as_plain_text_with_its_marks()
    {
        var html = _markdown.Render(string.Concat(Enumerable.Repeat("*a ", 20_000)) + "Kern");

        Assert.Contains("*a *a", html);
        Assert.EndsWith("Kern</p>\n", html);
    }

    [Fact]
    public void Lists_as_papers_use_them_stay_lists() =>
        Assert.Contains("<ul>", _markdown.Render("- Punkt\n  - Unterpunkt"));
}
