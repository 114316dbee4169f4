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
}
