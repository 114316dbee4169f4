using Drucksachen.Documents.Tests.TestSupport;
using Markdig;

namespace Drucksachen.Documents.Tests;

/// <summary>
/// Stored text nested too deeply made every render of its paper fail (and cost about a minute of
/// CPU first); it is now laid out as plain text. The import refuses such text; these papers came in
/// before that, or by a direct edit of the database.
/// </summary>
public sealed class MarkdownNestingTests : IDisposable
{
    private readonly PdfTools _tools = new();

    public void Dispose() => _tools.Dispose();

    private static PaperDocument Paper(string sachverhalt) =>
        Samples.Paper1803() with { Sections = new Dictionary<string, string> { ["sachverhalt"] = sachverhalt } };

    [Fact]
    public void Lists_nested_3000_levels_made_the_PDF_fail_and_are_laid_out_as_plain_text()
    {
        var result = Renderers.Default.Render(Paper("Vorweg.\n\n" + string.Concat(Enumerable.Repeat("- ", 3_000)) + "Ebene3000"));

        Assert.Contains("Ebene3000", _tools.Text(_tools.Save(result.Pdf)));
    }

    [Fact]
    public void Indented_lists_nested_300_levels_are_laid_out_as_plain_text_without_Markdigs_quadratic_parse()
    {
        var lists = string.Join('\n', Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- Ebene" + i));

        var result = Renderers.Default.Render(Paper(lists));

        Assert.Contains("Ebene299", _tools.Text(_tools.Save(result.Pdf)));
    }

    [Fact]
    public void Quotes_nested_100000_deep_made_the_PDF_fail_and_are_laid_out_as_plain_text()
    {
        var result = Renderers.Default.Render(Paper(new string('>', 100_000) + " Zitat am Grund"));

        Assert.Contains("Zitat am Grund", _tools.Text(_tools.Save(result.Pdf)));
    }

    [Fact]
    public void Brackets_nested_beyond_Markdigs_limit_made_the_PDF_fail_and_are_laid_out_as_plain_text()
    {
        var result = Renderers.Default.Render(Paper(new string('[', 5_000) + "Klammer" + string.Concat(Enumerable.Repeat("](x)", 5_000))));

        Assert.Contains("Klammer", _tools.Text(_tools.Save(result.Pdf)));
    }

    [Theory]
    [InlineData("- a\n  - b\n    - c", 3)]
    [InlineData("> > > Zitat", 3)]
    [InlineData("1. eins\n   1) zwei", 2)]
    [InlineData("```\n" + "                                                  tief eingerückter Code\n```", 0)]
    [InlineData("*betont* und -5 Grad", 0)]
    public void The_depth_counts_quote_and_list_levels(string markdown, int depth) =>
        Assert.Equal(depth, MarkdownNesting.Deepest(markdown).Depth);

    [Fact]
    public void Plain_text_keeps_the_words_and_loses_every_mark()
    {
        var pipeline = new MarkdownPipelineBuilder().Build();

        var html = Markdig.Markdown.ToHtml(MarkdownNesting.AsPlainText("> **fett** [Link](javascript:x)\n  - Punkt"), pipeline);

        Assert.Equal("<p>**fett** [Link](javascript:x)\nPunkt</p>\n", html);
    }
}
