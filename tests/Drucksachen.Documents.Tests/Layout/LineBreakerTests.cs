using Drucksachen.Documents.Layout;
using Drucksachen.Documents.Tests.TestSupport;
using static Drucksachen.Documents.Tests.TestSupport.LayoutFixture;

namespace Drucksachen.Documents.Tests.Layout;

public sealed class LineBreakerTests
{
    [Fact]
    public void Break_fills_lines_first_fit_at_spaces()
    {
        var lines = new LineBreaker(Context()).Break([Span("aaa bbb ccc ddd")], width: 40, TextAlign.Left);

        Assert.Equal(["aaa bbb", "ccc ddd"], lines.Select(Text));
        Assert.All(lines, l => Assert.Equal(14, l.Height, 3));
    }

    [Fact]
    public void Break_justifies_all_but_the_last_line()
    {
        var lines = new LineBreaker(Context()).Break([Span("aa bb cc dd ee")], width: 45, TextAlign.Justify);

        Assert.Equal(["aa bb cc", "dd ee"], lines.Select(Text));
        var first = lines[0].Items.OfType<TextItem>().Single();
        Assert.Equal(0, first.X, 3);
        Assert.Equal(45, first.X + first.Width, 3);
        Assert.Equal(2.5, first.WordSpacing, 3);
        var last = lines[1].Items.OfType<TextItem>().Single();
        Assert.Equal(25, last.Width, 3);
        Assert.Equal(0, last.WordSpacing);
    }

    [Fact]
    public void Break_keeps_bold_and_italic_runs_on_one_line()
    {
        var lines = new LineBreaker(Context()).Break(
            [Span("normal "), Span("fett", FontFace.Bold), Span(" und "), Span("kursiv", FontFace.Italic)], width: 200, TextAlign.Justify);

        var line = Assert.Single(lines);
        Assert.Equal(["normal", "fett", "und", "kursiv"], line.Items.OfType<TextItem>().Select(t => t.Text.Trim()));
        Assert.Equal([FontFace.Regular, FontFace.Bold, FontFace.Regular, FontFace.Italic], line.Items.OfType<TextItem>().Select(t => t.Style.Face));
    }

    [Fact]
    public void Break_splits_word_longer_than_line_and_reports_it()
    {
        var context = Context();

        var lines = new LineBreaker(context).Break([Span("Donaudampfschifffahrtsgesellschaft")], width: 50, TextAlign.Left);

        Assert.Equal(["Donaudampf", "schifffahr", "tsgesellsc", "haft"], lines.Select(Text));
        var problem = Assert.Single(context.Problems);
        Assert.Equal(LayoutProblemKind.WordTooLong, problem.Kind);
        Assert.Contains("Donaudampfschifffahrtsgesellschaft", problem.Message);
    }

    [Fact]
    public void Justified_text_is_hyphenated_where_german_allows_and_the_first_head_names_the_whole_word_once()
    {
        var context = Context();

        var lines = new LineBreaker(context).Break([Span("Donaudampfschifffahrtsgesellschaft")], width: 50, TextAlign.Justify);

        Assert.Equal(["Donau-", "dampf-", "schiff-", "fahrtsge-", "sellschaft"], lines.Select(Text));
        Assert.Empty(context.Problems);
        var items = lines.Select(l => l.Items.OfType<TextItem>().Single()).ToList();
        // The whole word once, on the line where it starts; every later piece, hyphen included, stands for nothing of
        // its own, so that copying or reading the lines gives the word once, not once per line.
        Assert.Equal(["Donaudampfschifffahrtsgesellschaft", null, null, null, null], items.Select(i => i.HyphenatedWord));
        Assert.Equal([0, 6, 7, 9, 10], items.Select(i => i.ContinuedLength));
    }

    // A paper whose section was one word of 100,000 characters took more than six minutes to render: every break
    // point tried measured the word's head anew. A section may hold 200,000 characters (InputLimits.SectionChars),
    // all of them one word.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_word_as_long_as_a_section_is_measured_a_number_of_times_linear_in_its_length(bool justified)
    {
        var align = justified ? TextAlign.Justify : TextAlign.Left;
        var word = "S" + string.Concat(Enumerable.Repeat("ozialraumplanungs", 200_000 / 17));
        var metrics = new CountingMetrics(budget: 10L * word.Length);
        var context = new LayoutContext(metrics, Theme);

        var lines = new LineBreaker(context).Break([Span(word)], width: 400, align);

        Assert.InRange(metrics.Measured, word.Length, 10L * word.Length);
        Assert.Equal(word, string.Concat(lines.Select(l => Text(l).TrimEnd('-'))));
        Assert.All(lines.SkipLast(1), l => Assert.InRange(l.Items.OfType<TextItem>().Single().Width, 350, 400.01));
        // Broken between letters only where no hyphenation applies, and then named once, by its beginning.
        var problems = context.Problems.Where(p => p.Kind == LayoutProblemKind.WordTooLong).ToList();
        Assert.Equal(align == TextAlign.Left ? 1 : 0, problems.Count);
        Assert.All(problems, p => Assert.InRange(p.Message.Length, 1, 300));
    }

    [Fact]
    public void Ragged_text_is_not_hyphenated()
    {
        var ragged = new LineBreaker(Context()).Break([Span("Die Sozialraumplanung")], width: 90, TextAlign.Left);
        var justified = new LineBreaker(Context()).Break([Span("Die Sozialraumplanung")], width: 90, TextAlign.Justify);

        Assert.Equal(["Die", "Sozialraumplanung"], ragged.Select(Text));
        Assert.Equal(["Die Sozialraumpla-", "nung"], justified.Select(Text));
    }

    [Fact]
    public void Break_uses_soft_hyphens_and_draws_a_hyphen_only_where_it_breaks()
    {
        var context = Context();

        var lines = new LineBreaker(context).Break([Span("Sozial\u00ADraum\u00ADplanung wirkt")], width: 60, TextAlign.Left);

        Assert.Equal(["Sozialraum-", "planung", "wirkt"], lines.Select(Text));
        Assert.Empty(context.Problems);
        Assert.DoesNotContain(lines.SelectMany(l => l.Items.OfType<TextItem>()), t => t.Text.Contains('\u00AD'));
    }

    [Fact]
    public void Break_may_break_after_a_hyphen_between_letters()
    {
        var lines = new LineBreaker(Context()).Break([Span("die ISEK-Maßnahmen")], width: 50, TextAlign.Left);

        Assert.Equal(["die ISEK-", "Maßnahmen"], lines.Select(Text));
    }

    [Fact]
    public void Break_ends_line_at_hard_break_without_justifying_it()
    {
        var lines = new LineBreaker(Context()).Break(
            [Span("a b"), new InlineSpan(InlineSpan.HardBreak, Theme.Body, null), Span("c")], width: 100, TextAlign.Justify);

        Assert.Equal(["a b", "c"], lines.Select(Text));
    }

    [Fact]
    public void Break_marks_link_areas()
    {
        var lines = new LineBreaker(Context()).Break(
            [Span("siehe "), new InlineSpan("erfurt.de", Theme.Body with { Ink = Ink.Link }, "https://www.erfurt.de")], 200, TextAlign.Left);

        var link = Assert.Single(lines[0].Items.OfType<LinkItem>());
        Assert.Equal("https://www.erfurt.de", link.Target);
        Assert.Equal(30, link.X, 3);
        Assert.Equal(45, link.Width, 3);
    }
}
