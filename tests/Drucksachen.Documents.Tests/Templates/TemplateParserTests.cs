using Drucksachen.Documents.Templates;
using Drucksachen.Documents.Tests.TestSupport;

namespace Drucksachen.Documents.Tests.Templates;

public sealed class TemplateParserTests
{
    private const string FrontMatter = "---\nname: Test\nversion: \"2\"\nheading: Prüfung\nsections: [sachverhalt]\n---\n";

    [Fact]
    public void Parse_refuses_unknown_placeholder_naming_file_line_and_name()
    {
        var error = Assert.Throws<TemplateException>(() =>
            TemplateParser.Parse("templates/Test.md", FrontMatter + "## Titel\n\n{{ title }} und {{ titel }}\n"));

        Assert.Equal("templates/Test.md", error.File);
        Assert.Equal(9, error.Line);
        Assert.Equal("titel", error.Placeholder);
        Assert.Contains("templates/Test.md, line 9", error.Message);
        Assert.Contains("'titel'", error.Message);
    }

    [Fact]
    public void Parse_refuses_section_not_declared_in_front_matter()
    {
        var error = Assert.Throws<TemplateException>(() => TemplateParser.Parse("T.md", FrontMatter + "{{ sections.begruendung }}\n"));

        Assert.Equal(7, error.Line);
        Assert.Equal("sections.begruendung", error.Placeholder);
    }

    [Fact]
    public void Parse_reads_the_standard_wording_of_sections()
    {
        var template = TemplateParser.Parse("T.md", FrontMatter.Replace("sections: [sachverhalt]\n", "sections: [sachverhalt]\nwording:\n  sachverhalt: |\n    Der … nimmt die Information zur Kenntnis.\n") + "{{ sections.sachverhalt }}\n");

        Assert.Equal("Der … nimmt die Information zur Kenntnis.", template.Wording["sachverhalt"].TrimEnd());
    }

    [Fact]
    public void Parse_refuses_wording_for_an_undeclared_section_naming_its_line()
    {
        var error = Assert.Throws<TemplateException>(() => TemplateParser.Parse("T.md",
            FrontMatter.Replace("sections: [sachverhalt]\n", "sections: [sachverhalt]\nwording:\n  begruendung: Weil.\n") + "{{ sections.sachverhalt }}\n"));

        Assert.Equal(7, error.Line);
        Assert.Equal("wording.begruendung", error.Placeholder);
    }

    [Fact]
    public void Parse_refuses_unclosed_placeholder()
    {
        var error = Assert.Throws<TemplateException>(() => TemplateParser.Parse("T.md", FrontMatter + "Text\n{{ title\n"));

        Assert.Equal(8, error.Line);
        Assert.Contains("not closed", error.Message);
    }

    [Fact]
    public void Parse_refuses_invalid_placeholder_name()
    {
        var error = Assert.Throws<TemplateException>(() => TemplateParser.Parse("T.md", FrontMatter + "{{ Title! }}\n"));

        Assert.Equal("Title!", error.Placeholder);
    }

    [Fact]
    public void Parse_refuses_bad_front_matter_with_its_line()
    {
        var error = Assert.Throws<TemplateException>(() => TemplateParser.Parse("T.md", "---\nname: Test\nversion: [1\n---\nText\n"));

        Assert.Equal("T.md", error.File);
        Assert.InRange(error.Line, 2, 4);
    }

    [Fact]
    public void Parse_refuses_missing_front_matter()
    {
        var error = Assert.Throws<TemplateException>(() => TemplateParser.Parse("T.md", "# Nur Text\n"));

        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Fill_escapes_single_values_and_places_sections()
    {
        var template = TemplateParser.Parse("T.md", FrontMatter + "Titel: {{ title }}\n\n{{ sections.sachverhalt }}\n\n{{ attachments }}\n");
        var paper = Samples.Paper1803() with
        {
            Title = "**nicht fett** <b>",
            Sections = new Dictionary<string, string> { ["sachverhalt"] = "Ein *Absatz*." },
            Attachments = ["Karte", "Kostenplan"],
        };

        var markdown = TemplateStore.Fill(template, paper);

        Assert.Contains(@"Titel: \*\*nicht fett\*\* \<b\>", markdown);
        Assert.Contains("Ein *Absatz*.", markdown);
        Assert.Contains("1. Karte\n2. Kostenplan\n", markdown);
    }

    [Fact]
    public void Shipped_templates_all_load()
    {
        var renderer = Renderers.Default;

        Assert.Equal(["Antrag", "Beschlussvorlage", "Informationsvorlage"], renderer.Templates.Select(t => t.Name).Order());
        Assert.Equal("Informationen aus der Verwaltung", renderer.Templates.Single(t => t.Name == "Informationsvorlage").Heading);
        Assert.Equal(["beschlussvorschlag", "sachverhalt", "begruendung", "finanzielle_auswirkungen"],
            renderer.Templates.Single(t => t.Name == "Beschlussvorlage").Sections);
    }

    [Fact]
    public void Render_refuses_unknown_template_name()
    {
        var error = Assert.Throws<TemplateException>(() => Renderers.Default.Render(Samples.Paper1803() with { Template = "Mitteilung" }));

        Assert.Contains("Informationsvorlage", error.Message);
    }

    private const string InvitationFrontMatter = "---\nname: Einladung\nversion: \"1\"\nheading: Einladung\ndocument: invitation\n---\n";

    [Fact]
    public void Parse_reads_the_kind_of_a_meeting_template()
    {
        var template = TemplateParser.Parse("E.md", InvitationFrontMatter + "# Einladung zur {{ ordinal }}. Sitzung\n\n{{ agenda }}\n");

        Assert.Equal(TemplateKind.Invitation, template.Kind);
        Assert.Equal(TemplateKind.Paper, TemplateParser.Parse("T.md", FrontMatter + "{{ title }}\n").Kind);
    }

    [Fact]
    public void Parse_refuses_an_unknown_document_kind_naming_its_line()
    {
        var error = Assert.Throws<TemplateException>(() =>
            TemplateParser.Parse("E.md", InvitationFrontMatter.Replace("document: invitation", "document: protokoll") + "Text\n"));

        Assert.Equal(5, error.Line);
        Assert.Contains("protokoll", error.Message);
    }

    [Fact]
    public void Parse_refuses_a_paper_placeholder_in_a_meeting_template_and_a_meeting_placeholder_in_a_paper_template()
    {
        var inMeeting = Assert.Throws<TemplateException>(() => TemplateParser.Parse("E.md", InvitationFrontMatter + "{{ agenda }}\n{{ title }}\n"));
        var inPaper = Assert.Throws<TemplateException>(() => TemplateParser.Parse("T.md", FrontMatter + "{{ agenda }}\n"));

        Assert.Equal(("title", 8), (inMeeting.Placeholder, inMeeting.Line));
        Assert.Contains("agenda", inMeeting.Message);
        Assert.Equal(("agenda", 7), (inPaper.Placeholder, inPaper.Line));
    }

    [Fact]
    public void Parse_refuses_the_urgency_placeholder_without_the_urgent_wording()
    {
        var error = Assert.Throws<TemplateException>(() => TemplateParser.Parse("E.md", InvitationFrontMatter + "{{ urgency }}\n"));

        Assert.Equal("urgency", error.Placeholder);
        Assert.Contains("wording", error.Message);
    }

    [Fact]
    public void Parse_refuses_sections_in_a_meeting_template()
    {
        var error = Assert.Throws<TemplateException>(() =>
            TemplateParser.Parse("E.md", InvitationFrontMatter.Replace("document: invitation\n", "document: invitation\nsections: [sachverhalt]\n") + "x\n"));

        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void Parse_refuses_unknown_wording_in_a_meeting_template()
    {
        var error = Assert.Throws<TemplateException>(() =>
            TemplateParser.Parse("E.md", InvitationFrontMatter.Replace("document: invitation\n", "document: invitation\nwording:\n  dringend: Eilt.\n") + "x\n"));

        Assert.Equal("wording.dringend", error.Placeholder);
        Assert.Contains("urgent", error.Message);
    }
}
