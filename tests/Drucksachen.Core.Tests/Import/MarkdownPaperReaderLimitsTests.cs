using System.Text;
using Drucksachen.Core.Errors;
using Drucksachen.Core.Import;
using Drucksachen.Core.Input;
using Drucksachen.Testing;

namespace Drucksachen.Core.Tests.Import;

/// <summary>
/// The limits and the text rule at import: oversized, deeply nested, control characters and broken
/// UTF-8 were accepted, and the nested ones then made every view and render of the paper fail.
/// </summary>
public class MarkdownPaperReaderLimitsTests
{
    private const string File = "tief.md";

    private static readonly MarkdownPaperReader Reader = new(new Configuration.City(TestProduct.ShippedOptions().City));

    // Front matter on lines 1-11, "## Sachverhalt" on line 12, its text from line 13.
    private static string Paper(string sachverhalt, string title = "Tiefe Verschachtelung") =>
        $"""
        ---
        type: Informationsvorlage
        title: {title}
        lead: Amt für Soziales
        author: mueller
        date: 2022-10-20
        cosigners: []
        consultations:
          - body: Dienstberatung OB
            date: 20.10.2022
        ---
        ## Sachverhalt
        {sachverhalt}
        """;

    private static InputException Fails(string text)
    {
        var e = Assert.Throws<InputException>(() => Reader.Read(text, File));
        Assert.Equal(File, e.File);
        return e;
    }

    [Fact]
    public void Quotes_nested_100000_deep_were_accepted_and_are_refused_at_their_line()
    {
        var e = Fails(Paper("Einleitung\n\n" + new string('>', 100_000) + " Zitat"));

        Assert.Equal(15, e.Line);
        Assert.Equal("sections.sachverhalt", e.Field);
        Assert.Contains("nested 100000 deep", e.Reason);
        Assert.Contains($"at most {InputLimits.NestingDepth}", e.Reason);
    }

    [Fact]
    public void Lists_nested_3000_levels_were_accepted_and_are_refused_at_their_line()
    {
        var e = Fails(Paper("Einleitung\n\n" + string.Concat(Enumerable.Repeat("- ", 3_000)) + "Punkt"));

        Assert.Equal(15, e.Line);
        Assert.Contains("nested 3000 deep", e.Reason);
    }

    [Fact]
    public void Indented_lists_nested_deeper_than_the_limit_are_refused_at_the_deepest_line()
    {
        var lists = string.Join('\n', Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + "- Punkt"));

        var e = Fails(Paper(lists));

        Assert.Equal(13 + 39, e.Line);
        Assert.Contains("nested 40 deep", e.Reason);
    }

    [Fact]
    public void Lists_and_quotes_as_deep_as_papers_use_them_are_read()
    {
        var nested = "> Zitat\n> - Punkt\n>   - Unterpunkt\n>     1. Schritt\n\n```\n" + new string(' ', 60) + "Code bleibt Text\n```";

        var paper = Reader.Read(Paper(nested), File);

        Assert.Contains("Unterpunkt", paper.Content.Sections["sachverhalt"]);
    }

    [Fact]
    public void An_11_MB_paper_was_accepted_and_is_refused_before_it_is_parsed()
    {
        var e = Fails(Paper(new string('x', 11 * 1024 * 1024)));

        Assert.Null(e.Line);
        Assert.Contains("larger than 1,000,000 bytes", e.Reason);
    }

    [Fact]
    public void A_section_longer_than_the_limit_is_refused_naming_it()
    {
        var words = string.Concat(Enumerable.Repeat("Wort ", InputLimits.SectionChars / 5 + 1));

        var e = Fails(Paper(words));

        Assert.Equal("sections.sachverhalt", e.Field);
        Assert.Contains("at most 200,000", e.Reason);
    }

    [Theory]
    [InlineData("\0")]
    [InlineData("\u001b]0;pwned\u0007")]
    [InlineData("\u009b2J")]
    public void A_control_character_in_the_title_was_accepted_and_is_refused_at_its_line(string control)
    {
        var e = Fails(Paper("Text.", title: "Titel" + control));

        Assert.Equal(3, e.Line);
        Assert.Contains("control character", e.Reason);
    }

    [Fact]
    public void A_control_character_written_as_a_YAML_escape_is_refused_naming_the_field()
    {
        var e = Fails(Paper("Text.", title: "\"Titel\\e[2J\""));

        Assert.Equal(3, e.Line);
        Assert.Equal("title", e.Field);
        Assert.Contains("U+001B", e.Reason);
    }

    [Fact]
    public void A_control_character_in_a_section_is_refused_at_its_line()
    {
        var e = Fails(Paper("Erste Zeile\nZweite\u0008 Zeile"));

        Assert.Equal(14, e.Line);
    }

    [Fact]
    public async Task Invalid_UTF8_was_replaced_unseen_and_is_refused_at_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes(Paper("Erste Zeile\nZweite Zeile X"));
        bytes[Array.LastIndexOf(bytes, (byte)'X')] = 0xFF;

        var e = await Assert.ThrowsAsync<InputException>(() => Reader.ReadAsync(new MemoryStream(bytes), File, CancellationToken.None));

        Assert.Equal(14, e.Line);
        Assert.Contains("not valid UTF-8", e.Reason);
    }

    [Fact]
    public async Task A_file_larger_than_the_limit_is_refused_without_reading_all_of_it()
    {
        var stream = new MemoryStream(new byte[InputLimits.PaperBytes + 1]);

        var e = await Assert.ThrowsAsync<InputException>(() => Reader.ReadAsync(stream, File, CancellationToken.None));

        Assert.Contains("larger than 1,000,000 bytes", e.Reason);
    }

    [Fact]
    public void A_title_longer_than_the_limit_is_refused()
    {
        var e = Fails(Paper("Text.", title: new string('T', InputLimits.LineChars + 1)));

        Assert.Equal("title", e.Field);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void An_empty_field_was_reported_at_line_2_and_is_reported_at_its_own_line()
    {
        var e = Fails(Paper("Text.", title: ""));

        Assert.Equal("title", e.Field);
        Assert.Equal(3, e.Line);
        Assert.Contains("is empty", e.Reason);
    }
}
